package io.github.jooqpgai.maven;

/**
 * A database password that never shows itself: {@link #toString()} is masked.
 *
 * <pre>{@code
 * Password p = Password.of(System.getenv("JOOQ_PGAI_PASSWORD"));
 * String forDriver = p.reveal();
 * }</pre>
 */
final class Password {

    private static final Password NONE = new Password(null);

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /** Wraps {@code value}; null or empty means no password. */
    static Password of(String value) {
        return value == null || value.isEmpty() ? NONE : new Password(value);
    }

    /** Whether a password was given. */
    boolean isPresent() {
        return value != null;
    }

    /** The clear text, for the JDBC driver only; null when absent. */
    String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return value == null ? "(none)" : "****";
    }
}
