package org.accord.exchangelog.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a whole JSON document into plain Java values: objects as {@code Map<String, Object>} (member order
 * kept, a repeated name rejected, as I-JSON RFC 7493 §2.3 asks), arrays as {@code List<Object>}, strings,
 * integers as {@code Long}, other numbers as {@code BigDecimal}, booleans, and {@code null}. For the small
 * files (tree heads, proofs); entry lines have their own parser.
 */
public final class JsonValues {

    private JsonValues() {
    }

    /** Parses a UTF-8 JSON document. */
    public static Object parse(byte[] utf8) {
        JsonCursor cursor = new JsonCursor().reset(utf8);
        Object value = read(cursor);
        cursor.endOfText();
        return value;
    }

    private static Object read(JsonCursor cursor) {
        switch (cursor.peek()) {
            case OBJECT:
                Map<String, Object> object = new LinkedHashMap<>();
                cursor.beginObject();
                while (cursor.hasNextMember()) {
                    String name = cursor.readName();
                    if (object.containsKey(name)) {
                        throw new MalformedJsonException("member \"" + name + "\" appears twice");
                    }
                    object.put(name, read(cursor));
                }
                return object;
            case ARRAY:
                List<Object> array = new ArrayList<>();
                cursor.beginArray();
                while (cursor.hasNextElement()) {
                    array.add(read(cursor));
                }
                return array;
            case STRING:
                return cursor.readString();
            case NUMBER:
                String number = cursor.readNumberText();
                BigDecimal decimal = new BigDecimal(number);
                boolean integral = number.indexOf('.') < 0 && number.indexOf('e') < 0 && number.indexOf('E') < 0;
                return integral && decimal.toBigInteger().bitLength() < Long.SIZE ? (Object) decimal.longValueExact() : decimal;
            case TRUE:
            case FALSE:
                return cursor.readBoolean();
            default:
                if (!cursor.tryNull()) {
                    throw new MalformedJsonException("null expected");
                }
                return null;
        }
    }
}
