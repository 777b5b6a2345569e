package org.accord.cooperation.rest;

/** The text of a message or an answer, or the reason of a decline or a withdrawal. */
public record TextInput(String text) {
}
