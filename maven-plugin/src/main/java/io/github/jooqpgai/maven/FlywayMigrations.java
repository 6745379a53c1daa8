package io.github.jooqpgai.maven;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Flyway SQL migrations ({@code V1__blog.sql}, ...) from folders on disk; the history table is
 * {@value #HISTORY_TABLE}.
 *
 * <pre>{@code
 * int applied = new FlywayMigrations(List.of(Path.of("src/main/resources/db/migration")), Map.of()).migrate(database);
 * }</pre>
 */
final class FlywayMigrations implements MigrationRunner {

    /** Flyway's history table, which code generation leaves out. */
    static final String HISTORY_TABLE = "flyway_schema_history";

    private final List<Path> locations;
    private final Map<String, String> placeholders;

    FlywayMigrations(List<Path> locations, Map<String, String> placeholders) {
        this.locations = List.copyOf(locations);
        this.placeholders = Map.copyOf(placeholders);
    }

    @Override
    public int migrate(RunningDatabase database) throws MigrationFailedException {
        if (locations.isEmpty()) {
            return 0;
        }
        Flyway flyway = Flyway.configure(FlywayMigrations.class.getClassLoader())
                .dataSource(database.url(), database.user(), database.password().reveal())
                .locations(locations.stream().map(p -> "filesystem:" + p.toAbsolutePath()).toArray(String[]::new))
                .table(HISTORY_TABLE)
                .placeholders(placeholders)
                .load();
        try {
            return flyway.migrate().migrationsExecuted;
        } catch (FlywayMigrateException e) {
            String file = e.getMigration() != null ? e.getMigration().getScript() : "a migration";
            String where = e.getAbsolutePathOnDisk() != null ? e.getAbsolutePathOnDisk() : file;
            throw new MigrationFailedException("migration " + file + " failed (" + where
                    + (e.getLineNumber() > 0 ? ", line " + e.getLineNumber() : "") + "): " + databaseMessage(e), e);
        } catch (FlywayException e) {
            throw new MigrationFailedException("Flyway could not migrate from " + locations + ": " + e.getMessage(), e);
        }
    }

    /** PostgreSQL's message with SQLSTATE, detail and hint, as pgai raised it. */
    private static String databaseMessage(FlywayMigrateException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof PSQLException p && p.getServerErrorMessage() != null) {
                ServerErrorMessage m = p.getServerErrorMessage();
                return m.getMessage() + " [SQLSTATE " + m.getSQLState() + "]"
                        + (m.getDetail() == null ? "" : " DETAIL: " + m.getDetail())
                        + (m.getHint() == null ? "" : " HINT: " + m.getHint());
            }
            if (t instanceof SQLException s) {
                return s.getMessage() + " [SQLSTATE " + s.getSQLState() + "]";
            }
        }
        return e.getMessage();
    }
}
