package io.github.jooqpgai.it.migration.flyway.updown;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Upgrade again after the downgrade: the source table, then the same vectorizer. */
public class V4__Upgrade_blog_again extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("create table blog (id int primary key, title text not null, content text not null)");
        }
        BlogVectorizer.create(context.getConnection(), context.getConfiguration().getSchemas()[0]).execute();
    }
}
