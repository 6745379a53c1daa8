package io.github.jooqpgai.vectorizer.config;

/**
 * A vectorizer configuration value that jooq-pgai rejects in Java, before anything reaches the
 * database. The message names the parameter (pgai's SQL parameter name) and the offending value.
 *
 * <pre>{@code
 * try {
 *     Chunking.characterTextSplitter(800, 800);
 * } catch (InvalidVectorizerConfigException e) {
 *     e.parameter();   // "chunk_overlap"
 *     e.getMessage();  // "invalid chunk_overlap = 800: must be less than chunk_size (800) ..."
 * }
 * }</pre>
 */
public final class InvalidVectorizerConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_VALUE_CHARS = 200;

    private final String parameter;

    /**
     * @param parameter the pgai parameter name, e.g. {@code chunk_overlap}
     * @param value the rejected value (shown in the message, quoted and truncated if long)
     * @param reason why it is rejected
     */
    public InvalidVectorizerConfigException(String parameter, Object value, String reason) {
        super("invalid " + parameter + " = " + describe(value) + ": " + reason);
        this.parameter = parameter;
    }

    /** The pgai parameter name whose value was rejected. */
    public String parameter() {
        return parameter;
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (!(value instanceof CharSequence)) {
            return String.valueOf(value);
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder("\"");
        int limit = Math.min(text.length(), MAX_VALUE_CHARS);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        if (text.length() > MAX_VALUE_CHARS) {
            out.append("... (").append(text.length()).append(" chars)");
        }
        return out.toString();
    }
}
