package io.tokenstack.advisor.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;

/**
 * Turns Jackson's mapping failures into a field path and a reason a user can act on, without
 * class names.
 */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** {@code team.developers} or {@code models[0].share}. */
    public static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    public static String reason(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? ""
                    : unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", "));
            return "unknown field '" + unknown.getPropertyName() + "'"
                    + (known.isEmpty() ? "" : "; allowed: " + known);
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not " + describe(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + describe(mismatch.getTargetType());
        }
        return firstLine(e.getOriginalMessage());
    }

    /** Location of a parse error, for messages about text that is not YAML or JSON at all. */
    public static String location(JsonProcessingException e) {
        if (e.getLocation() == null) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    public static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int cut = message.indexOf('\n');
        String line = cut < 0 ? message : message.substring(0, cut);
        // Jackson names its own classes and settings in some messages; users need none of
        // them, only the place: "[Source: REDACTED (`...` disabled); line: 1, column: 25]".
        // Its read limits end in ", from `StreamReadConstraints.getMaxNestingDepth()`".
        return line.replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]",
                        "line $1, column $2")
                .replaceAll(",? from `[^`]*`", "")
                .replaceAll("\\(class [^)]*\\)", "").replaceAll("`[a-z]+(\\.[a-zA-Z$]+)+`",
                "value").trim();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return Integer.class == type || Long.class == type || int.class == type
                    || long.class == type ? "a whole number" : "a number";
        }
        if (Boolean.class == type || boolean.class == type) {
            return "true or false";
        }
        if (String.class == type) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object with fields";
    }
}
