package io.github.jooqpgai.vectorizer.internal;

import io.github.jooqpgai.vectorizer.PgaiException;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;

/**
 * The one rule for naming an existing vectorizer in a management call: a malformed name (null, empty,
 * not matching pgai's {@code ^[a-z][a-z_0-9]*$}, longer than 63 bytes) is an
 * {@link InvalidVectorizerConfigException} for {@code name} before the database; an unknown name or id
 * is a {@link PgaiException} with SQLSTATE {@code P0002}.
 */
final class VectorizerNames {

    /** What pgai's PL/pgSQL raises for a strict lookup that finds nothing ({@code no_data_found}). */
    static final String NOT_FOUND = "P0002";

    private VectorizerNames() {
    }

    /** {@code name} if it can name a vectorizer at all. */
    static String checked(String name) {
        if (name == null) {
            throw new InvalidVectorizerConfigException("name", null, "a vectorizer name is required");
        }
        DefinitionChecks.checkName(name);
        return name;
    }

    static PgaiException unknown(String name) {
        return new PgaiException("vectorizer named \"" + name + "\" does not exist", NOT_FOUND, null);
    }

    static PgaiException unknown(int id) {
        return new PgaiException("vectorizer with id " + id + " does not exist", NOT_FOUND, null);
    }
}
