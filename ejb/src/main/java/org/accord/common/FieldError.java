package org.accord.common;

/** One invalid input field: its name as the client sent it, and why it was refused. */
public record FieldError(String field, String message) {
}
