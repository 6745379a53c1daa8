package io.github.jooqpgai.maven;

/**
 * Brings a database the plugin started up to the project's schema before code generation. Flyway SQL
 * migrations are built in ({@link FlywayMigrations}); a Liquibase runner is another implementation.
 *
 * <pre>{@code
 * MigrationRunner runner = new FlywayMigrations(List.of(Path.of("src/main/resources/db/migration")), Map.of());
 * int applied = runner.migrate(database);
 * }</pre>
 */
interface MigrationRunner {

    /**
     * Applies every pending migration.
     *
     * @return how many migrations were applied
     * @throws MigrationFailedException naming the failing file and the database's message
     */
    int migrate(RunningDatabase database) throws MigrationFailedException;
}
