package io.github.jooqpgai.it.liquibase;

import io.github.jooqpgai.it.support.PgaiTestSchema;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * A real Liquibase run of a changelog under {@code src/test/resources/liquibase} in a schema of its own (search path and
 * Liquibase's default schema), with the changelog parameter {@code vectorizer} set to a name unique to that schema.
 *
 * <pre>{@code
 * LiquibaseRun run = new LiquibaseRun(db, db.schema() + "_x", "liquibase/blog.xml");
 * run.update();
 * run.rollback(1);
 * }</pre>
 */
final class LiquibaseRun {

    private final PgaiTestSchema db;
    private final String schema;
    private final String changelog;

    LiquibaseRun(PgaiTestSchema db, String schema, String changelog) {
        this.db = db;
        this.schema = schema;
        this.changelog = changelog;
    }

    /** The vectorizer name the changelogs get as {@code ${vectorizer}}. */
    String vectorizer() {
        return schema + "_blog";
    }

    void update() throws Exception {
        run(liquibase -> liquibase.update(new Contexts(), new LabelExpression()));
    }

    void update(int changesets) throws Exception {
        run(liquibase -> liquibase.update(changesets, new Contexts(), new LabelExpression()));
    }

    void rollback(int changesets) throws Exception {
        run(liquibase -> liquibase.rollback(changesets, new Contexts(), new LabelExpression()));
    }

    /** The SQL {@link #rollback(int)} would run, without running it. */
    String rollbackSql(int changesets) throws Exception {
        StringWriter sql = new StringWriter();
        run(liquibase -> liquibase.rollback(changesets, null, new Contexts(), new LabelExpression(), sql));
        return sql.toString();
    }

    private interface LiquibaseAction {
        void run(Liquibase liquibase) throws Exception;
    }

    private void run(LiquibaseAction action) throws Exception {
        String url = db.serverJdbcUrl();
        try (Connection connection = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public")) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(schema);
            database.setLiquibaseSchemaName(schema);
            try (Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(), database)) {
                liquibase.setChangeLogParameter("vectorizer", vectorizer());
                action.run(liquibase);
            }
        }
    }
}
