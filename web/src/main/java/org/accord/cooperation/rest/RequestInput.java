package org.accord.cooperation.rest;

import java.util.List;
import org.accord.cooperation.RequestDraft;

/**
 * Body of a new request. It has no sender, status or deadlines: the sender is the caller's country and
 * the rest follows from the agreement; a body that carries them is refused as an unknown field.
 */
public record RequestInput(String requestedCountry, String type, String title, String body, List<String> reports,
        String agreement) {

    RequestDraft toDraft() {
        return new RequestDraft(requestedCountry, type, title, body, reports, agreement);
    }
}
