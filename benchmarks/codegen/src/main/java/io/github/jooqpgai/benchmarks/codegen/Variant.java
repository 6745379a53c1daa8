package io.github.jooqpgai.benchmarks.codegen;

/**
 * The two code generation set-ups compared.
 *
 * <pre>{@code
 * Variant.PGAI.databaseClass(); // io.github.jooqpgai.codegen.PgaiDatabase
 * }</pre>
 */
enum Variant {
    /** jOOQ as shipped. */
    STOCK("org.jooq.meta.postgres.PostgresDatabase", "org.jooq.codegen.JavaGenerator"),
    /** jooq-pgai's database and generator. */
    PGAI("io.github.jooqpgai.codegen.PgaiDatabase", "io.github.jooqpgai.codegen.PgaiGenerator");

    private final String databaseClass;
    private final String generatorClass;

    Variant(String databaseClass, String generatorClass) {
        this.databaseClass = databaseClass;
        this.generatorClass = generatorClass;
    }

    String databaseClass() {
        return databaseClass;
    }

    String generatorClass() {
        return generatorClass;
    }
}
