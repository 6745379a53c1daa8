package io.github.jooqpgai.it.vectorizer.flyway.failing;

import io.github.jooqpgai.PgaiDSL;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Creates the source table: an ordinary jOOQ DDL statement through the same context. */
public class V1__Blog extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        PgaiDSL.using(context.getConnection())
                .execute("create table blog (id int primary key, title text not null, content text not null)");
    }
}
