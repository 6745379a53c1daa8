package io.github.jooqpgai.maven;

import java.nio.file.Path;

/**
 * Where the {@code generate} goal gets its database from.
 *
 * <pre>{@code
 * DatabaseSource source = new DatabaseSource.Existing("jdbc:postgresql://localhost/app", "app", Password.of(secret));
 * }</pre>
 */
sealed interface DatabaseSource {

    /** An already running database; the plugin neither starts it nor migrates it. */
    record Existing(String url, String user, Password password) implements DatabaseSource {
    }

    /** jooq-pgai's embedded PostgreSQL + pgvector + pgai, kept in {@code stateDirectory} (null: the default). */
    record Embedded(Path stateDirectory) implements DatabaseSource {
    }

    /** A {@code pgvector/pgvector} container with pgai installed by {@code pgaiExecutable}. */
    record Container(String image, String pgaiExecutable) implements DatabaseSource {
    }
}
