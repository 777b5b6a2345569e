package org.accord.exchangelog.files;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Typed access to the members of a parsed JSON object, with errors that name the member. */
final class JsonFields {

    private final Map<?, ?> object;
    private final String where;

    JsonFields(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(where + " is not a JSON object");
        }
        this.object = (Map<?, ?>) value;
        this.where = where;
    }

    static List<?> array(Object value, String what) {
        if (!(value instanceof List)) {
            throw new IllegalArgumentException(what + " is not a JSON array");
        }
        return (List<?>) value;
    }

    Object object(String name) {
        Object value = object.get(name);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" must be a JSON object");
        }
        return value;
    }

    long integer(String name) {
        Object value = object.get(name);
        if (!(value instanceof Long)) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" must be an integer");
        }
        return (Long) value;
    }

    String string(String name) {
        Object value = object.get(name);
        if (!(value instanceof String)) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" must be a string");
        }
        return (String) value;
    }

    byte[] base64(String name) {
        try {
            return Base64.getDecoder().decode(string(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" is not base64");
        }
    }

    List<byte[]> base64Array(String name) {
        List<byte[]> hashes = new ArrayList<>();
        for (Object element : array(object.get(name), where + ": \"" + name + "\"")) {
            if (!(element instanceof String)) {
                throw new IllegalArgumentException(where + ": \"" + name + "\" must hold base64 strings");
            }
            try {
                hashes.add(Base64.getDecoder().decode((String) element));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": \"" + name + "\" holds a string that is not base64");
            }
        }
        return hashes;
    }
}
