package io.github.jooqpgai.maven;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A Liquibase changelog (XML, YAML, JSON or formatted SQL) applied with Liquibase's {@code update}; jooq-pgai's
 * change types ({@code pgai:createVectorizer}, ...) are on the plugin's classpath. Paths inside the changelog
 * resolve against the changelog's folder. The history tables are {@link #HISTORY_TABLES}.
 *
 * <pre>{@code
 * int applied = new LiquibaseMigrations(Path.of("src/main/resources/db/changelog.xml")).migrate(database);
 * }</pre>
 */
final class LiquibaseMigrations implements MigrationRunner {

    /** Liquibase's history and lock tables, which code generation leaves out (a jOOQ excludes expression). */
    static final String HISTORY_TABLES = "databasechangelog|databasechangeloglock";

    private static final Pattern FAILED_CHANGESET = Pattern.compile("Migration failed for changeset (\\S+?):\\s");

    private final Path changelog;

    LiquibaseMigrations(Path changelog) {
        this.changelog = changelog.toAbsolutePath().normalize();
    }

    @Override
    public int migrate(RunningDatabase database) throws MigrationFailedException {
        try {
            return Scope.child(Map.of(Scope.Attr.classLoader.name(), LiquibaseMigrations.class.getClassLoader()), () -> update(database));
        } catch (MigrationFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new MigrationFailedException("Liquibase changelog " + changelog + " failed" + failedChangeset(e) + ": " + databaseMessage(e), e);
        }
    }

    private int update(RunningDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            Database liquibaseDatabase = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(changelog.getFileName().toString(),
                    new DirectoryResourceAccessor(changelog.getParent()), liquibaseDatabase)) {
                int pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
                liquibase.update(new Contexts(), new LabelExpression());
                return pending;
            }
        }
    }

    /** {@code " at changeset changelog.xml::2::me"}, from Liquibase's message (it has no getter), or nothing. */
    private static String failedChangeset(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof liquibase.exception.MigrationFailedException) {
                Matcher m = FAILED_CHANGESET.matcher(t.getMessage());
                if (m.find()) {
                    return " at changeset " + m.group(1);
                }
            }
        }
        return "";
    }

    /** PostgreSQL's message with SQLSTATE, detail and hint as pgai raised it, else Liquibase's (e.g. a validation error). */
    private static String databaseMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
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
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
