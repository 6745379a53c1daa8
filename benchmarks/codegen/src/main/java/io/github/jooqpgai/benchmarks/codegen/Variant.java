package io.github.jooqpgai.benchmarks.codegen;

/**
 * The two code generation set-ups compared.
 *
 * <pre>{@code
 * Variant.PGAI.databaseClass(); // io.github.jooqpgai.codegen.PgaiDatabase
 * }</pre>
 */
enum Variant {
    /**
     * jOOQ as shipped, configured to exclude the pgai store tables that {@code PgaiDatabase} hides, so that
     * both variants generate the same tables and views.
     */
    STOCK("org.jooq.meta.postgres.PostgresDatabase", "org.jooq.codegen.JavaGenerator", "t\\d+_embedding_store"),
    /** jooq-pgai's database and generator (hides the store tables itself). */
    PGAI("io.github.jooqpgai.codegen.PgaiDatabase", "io.github.jooqpgai.codegen.PgaiGenerator", "");

    private final String databaseClass;
    private final String generatorClass;
    private final String excludes;

    Variant(String databaseClass, String generatorClass, String excludes) {
        this.databaseClass = databaseClass;
        this.generatorClass = generatorClass;
        this.excludes = excludes;
    }

    /** jOOQ's {@code <excludes>} regular expression for this variant; empty for none. */
    String excludes() {
        return excludes;
    }

    String databaseClass() {
        return databaseClass;
    }

    String generatorClass() {
        return generatorClass;
    }
}
