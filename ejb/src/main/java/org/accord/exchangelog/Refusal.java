package org.accord.exchangelog;

import org.accord.caller.Caller;

/** A refused cross-border attempt, fired by a feature inside the transaction it is about to roll back. */
public record Refusal(LogEvent event, Caller caller) {
}
