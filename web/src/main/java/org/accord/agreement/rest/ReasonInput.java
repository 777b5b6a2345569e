package org.accord.agreement.rest;

/** Body of a rejection, suspension or termination: why. */
public record ReasonInput(String reason) {
}
