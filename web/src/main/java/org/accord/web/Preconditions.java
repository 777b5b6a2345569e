package org.accord.web;

import org.accord.common.PreconditionRequiredException;
import org.accord.common.StaleVersionException;

/** Entity tags of versioned objects: {@code "7"} is version 7 (RFC 9110, strong validator). */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} names, or null if there is none. */
    public static Long versionOf(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            throw new StaleVersionException("A weak entity tag cannot guard an update");
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new StaleVersionException("If-Match " + ifMatch + " names no version of this report");
        }
    }

    public static long requiredVersion(String ifMatch) {
        Long version = versionOf(ifMatch);
        if (version == null) {
            throw new PreconditionRequiredException("Send If-Match with the report's ETag to update it");
        }
        return version;
    }
}
