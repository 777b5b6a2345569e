package org.accord.cooperation;

import org.accord.common.InvalidInputException;

/** The texts that come with a request's steps and messages: required where the step needs one, bounded. */
final class RequestTexts {

    static final int MAX_TEXT = 20000;
    static final int MAX_REASON = 2000;

    private RequestTexts() {
    }

    /** An answer's text and a decline's reason are required; withdrawing may say why. */
    static String forStep(RequestAction action, String text) {
        boolean required = action == RequestAction.ANSWER || action == RequestAction.DECLINE;
        String field = action == RequestAction.ANSWER ? "text" : "reason";
        if (text == null || text.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, "must not be blank");
            }
            return null;
        }
        int max = action == RequestAction.ANSWER ? MAX_TEXT : MAX_REASON;
        if (text.length() > max) {
            throw new InvalidInputException(field, "size must be between 1 and " + max);
        }
        return text.strip();
    }

    static String message(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "must not be blank");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "size must be between 1 and " + MAX_TEXT);
        }
        return text.strip();
    }

    /** The log keeps a short outcome, never a whole text. */
    static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
