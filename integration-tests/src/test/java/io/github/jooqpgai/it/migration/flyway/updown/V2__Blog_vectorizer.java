package io.github.jooqpgai.it.migration.flyway.updown;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Upgrade: the blog vectorizer, through the DSL, in Flyway's transaction. */
public class V2__Blog_vectorizer extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        BlogVectorizer.create(context.getConnection(), context.getConfiguration().getSchemas()[0]).execute();
    }
}
