package io.github.jooqpgai.vectorizer.config;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The limits of pgai and PostgreSQL that jooq-pgai checks before the database, and the identifier checks
 * built on them: the one place the vectorizer DSL, the config records and the management calls take them
 * from. Each failure is an {@link InvalidVectorizerConfigException} naming the parameter and the value.
 *
 * <pre>{@code
 * PgaiLimits.vectorizerName("blog_embeddings");          // ok
 * PgaiLimits.identifier("target_table", "x".repeat(64));  // InvalidVectorizerConfigException: 64 bytes
 * }</pre>
 */
public final class PgaiLimits {

    /** pgvector's largest {@code vector} (and the largest embedding pgai can store). */
    public static final int MAX_DIMENSIONS = 16_000;

    /** PostgreSQL's NAMEDATALEN - 1: longer identifiers are silently truncated by the server. */
    public static final int MAX_IDENTIFIER_BYTES = 63;

    /** pgai's check constraint on {@code ai.vectorizer.name}. */
    public static final Pattern VECTORIZER_NAME = Pattern.compile("[a-z][a-z_0-9]*");

    private PgaiLimits() {
    }

    /**
     * {@code value} if PostgreSQL keeps it as given: not empty, storable as text, at most
     * {@value #MAX_IDENTIFIER_BYTES} UTF-8 bytes. Null passes (the parameter is left out).
     *
     * @throws InvalidVectorizerConfigException otherwise
     */
    public static String identifier(String parameter, String value) {
        if (value == null) {
            return null;
        }
        ConfigChecks.text(parameter, value);
        if (value.isEmpty()) {
            throw new InvalidVectorizerConfigException(parameter, value, "an identifier cannot be empty");
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_IDENTIFIER_BYTES) {
            throw new InvalidVectorizerConfigException(parameter, value,
                    "is " + bytes + " bytes long; PostgreSQL would silently truncate it to " + MAX_IDENTIFIER_BYTES + " bytes");
        }
        return value;
    }

    /**
     * {@code name} if it can name a vectorizer: matches {@code ^[a-z][a-z_0-9]*$} and is an
     * {@link #identifier}. Null passes (pgai derives the name).
     *
     * @throws InvalidVectorizerConfigException for parameter {@code name} otherwise
     */
    public static String vectorizerName(String name) {
        if (name != null && !VECTORIZER_NAME.matcher(name).matches()) {
            throw new InvalidVectorizerConfigException("name", name, "must match ^[a-z][a-z_0-9]*$ (pgai's check constraint)");
        }
        return identifier("name", name);
    }

    /**
     * {@code "value"} with embedded double quotes doubled, checked to survive a pgai parameter of type
     * {@code name} that pgai splices into SQL: the quoted form is at most {@value #MAX_IDENTIFIER_BYTES} bytes.
     *
     * @throws InvalidVectorizerConfigException for a null, empty, unstorable or too long value
     */
    public static String quotedIdentifier(String parameter, String value) {
        if (value == null) {
            throw new InvalidVectorizerConfigException(parameter, null, "is required");
        }
        ConfigChecks.text(parameter, value);
        if (value.isEmpty()) {
            throw new InvalidVectorizerConfigException(parameter, value, "an identifier cannot be empty");
        }
        String quoted = '"' + value.replace("\"", "\"\"") + '"';
        int bytes = quoted.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_IDENTIFIER_BYTES) {
            throw new InvalidVectorizerConfigException(parameter, value, "is " + bytes + " bytes long as a quoted identifier; pgai's "
                    + parameter + " is a name (at most " + MAX_IDENTIFIER_BYTES + " bytes) spliced into SQL, so PostgreSQL would silently truncate it");
        }
        return quoted;
    }
}
