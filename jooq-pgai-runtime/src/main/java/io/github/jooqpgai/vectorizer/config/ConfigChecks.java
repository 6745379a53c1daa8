package io.github.jooqpgai.vectorizer.config;

import java.util.List;

/** Java-side value checks shared by the config records (limits and identifiers: {@link PgaiLimits}); each failure names the pgai parameter and value. */
final class ConfigChecks {

    private ConfigChecks() {
    }

    static String requiredText(String parameter, String value) {
        if (value == null) {
            throw new InvalidVectorizerConfigException(parameter, null, "is required");
        }
        return text(parameter, value);
    }

    static String text(String parameter, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new InvalidVectorizerConfigException(parameter, value, "PostgreSQL text cannot contain the NUL character (\\u0000)");
        }
        if (value != null && hasUnpairedSurrogate(value)) {
            throw new InvalidVectorizerConfigException(parameter, value, "contains an unpaired UTF-16 surrogate, which has no UTF-8 encoding");
        }
        return value;
    }

    static boolean hasUnpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    static String requiredIdentifier(String parameter, String value) {
        if (value == null) {
            throw new InvalidVectorizerConfigException(parameter, null, "is required");
        }
        return PgaiLimits.identifier(parameter, value);
    }

    static int range(String parameter, int value, int min, int max, String why) {
        if (value < min || value > max) {
            throw new InvalidVectorizerConfigException(parameter, value, "must be between " + min + " and " + max + why);
        }
        return value;
    }

    static Integer optionalRange(String parameter, Integer value, int min, int max, String why) {
        return value == null ? null : range(parameter, value, min, max, why);
    }

    static int dimensions(int dimensions) {
        return range("dimensions", dimensions, 1, PgaiLimits.MAX_DIMENSIONS,
                " (pgvector's vector type holds at most " + PgaiLimits.MAX_DIMENSIONS + " dimensions)");
    }

    static void chunkSizes(int chunkSize, int chunkOverlap) {
        range("chunk_size", chunkSize, 1, Integer.MAX_VALUE, "");
        if (chunkOverlap < 0 || chunkOverlap >= chunkSize) {
            throw new InvalidVectorizerConfigException("chunk_overlap", chunkOverlap,
                    "must be at least 0 and less than chunk_size (" + chunkSize + "); pgai accepts it but the worker fails");
        }
    }

    static List<String> separators(List<String> separators) {
        if (separators == null) {
            throw new InvalidVectorizerConfigException("separators", null, "is required");
        }
        for (String separator : separators) {
            if (separator == null) {
                throw new InvalidVectorizerConfigException("separators", separators, "cannot contain null");
            }
            text("separators", separator);
        }
        return List.copyOf(separators);
    }
}
