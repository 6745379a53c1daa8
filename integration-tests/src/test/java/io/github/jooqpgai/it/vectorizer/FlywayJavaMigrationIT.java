package io.github.jooqpgai.it.vectorizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.vectorizer.PgaiException;
import io.github.jooqpgai.it.support.CatalogSnapshot;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.it.vectorizer.flyway.failingaftercreate.V3__Vectorizer_then_failure;
import io.github.jooqpgai.it.vectorizer.flyway.ok.V2__Blog_vectorizer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DSL inside real Flyway Java migrations: applied in Flyway's transaction, rolled back with it. */
@PgaiTest
class FlywayJavaMigrationIT {

    @Test
    void javaMigrationCreatesTheVectorizer(PgaiTestSchema db) {
        String schema = db.schema() + "_ok";
        MigrateResult result = configuration(db, schema, "ok").load().migrate();

        assertThat(result.migrationsExecuted).isEqualTo(2);
        assertThat(db.values(String.class, """
                select unnest(array[source_schema, source_table, config #>> '{embedding,model}',
                    config #>> '{embedding,dimensions}', config #>> '{chunking,implementation}',
                    config #>> '{chunking,separator}', config #>> '{formatting,template}',
                    config #>> '{destination,view_name}', config #>> '{destination,target_table}'])
                from ai.vectorizer where name = ?""", V2__Blog_vectorizer.name(schema)))
                .containsExactly(schema, "blog", "text-embedding-3-small", "768", "character_text_splitter", ".",
                        "$title - $chunk", "blog_embeddings", "blog_embeddings_store");
        assertThat(db.value(String.class, "select to_regclass(?)::text", schema + ".blog_embeddings"))
                .isEqualTo(schema + ".blog_embeddings");
        db.dsl().execute("select ai.drop_vectorizer(?, drop_all => true)", V2__Blog_vectorizer.name(schema));
        db.dsl().execute("drop schema " + schema + " cascade");
    }

    @Test
    void failingMigrationLeavesNothingBehind(PgaiTestSchema db) {
        String schema = db.schema() + "_failing";
        configuration(db, schema, "ok", "failing").target("2").load().migrate();
        Flyway flyway = configuration(db, schema, "ok", "failing").load();
        String vectorizerName = V2__Blog_vectorizer.name(schema);

        assertThatThrownBy(flyway::migrate).isInstanceOf(FlywayException.class)
                .hasStackTraceContaining(PgaiException.class.getName())
                .hasStackTraceContaining("an object named " + schema + ".blog_embeddings already exists");
        assertThat(db.value(Integer.class, "select count(*) from ai.vectorizer where name like ?", vectorizerName + "%")).isEqualTo(1);
        assertThat(db.value(Integer.class, "select count(*) from information_schema.columns where table_schema = ? and table_name = 'blog' and column_name = 'summary'", schema))
                .isZero();
        assertThat(db.value(Integer.class, "select max(version::int) from " + schema + ".flyway_schema_history where success")).isEqualTo(2);
        db.dsl().execute("select ai.drop_vectorizer(?, drop_all => true)", vectorizerName);
        db.dsl().execute("drop schema " + schema + " cascade");
    }

    @Test
    void migrationFailingAfterACreateLeavesTheCatalogAsBefore(PgaiTestSchema db) {
        String schema = db.schema() + "_after";
        configuration(db, schema, "ok", "failingaftercreate").target("2").load().migrate();
        List<String> before = CatalogSnapshot.of(db, schema);
        List<String> historyBefore = db.values(String.class, "select version || ' ' || success from " + schema + ".flyway_schema_history order by installed_rank");

        assertThatThrownBy(configuration(db, schema, "ok", "failingaftercreate").load()::migrate).isInstanceOf(FlywayException.class)
                .hasStackTraceContaining("null value in column \"id\"");

        assertThat(CatalogSnapshot.of(db, schema)).isEqualTo(before);
        assertThat(db.value(Integer.class, "select count(*) from ai.vectorizer where name = ?", V3__Vectorizer_then_failure.name(schema))).isZero();
        assertThat(db.values(String.class, "select version || ' ' || success from " + schema + ".flyway_schema_history order by installed_rank"))
                .isEqualTo(historyBefore);
        db.dsl().execute("select ai.drop_vectorizer(?, drop_all => true)", V2__Blog_vectorizer.name(schema));
        db.dsl().execute("drop schema " + schema + " cascade");
    }

    private static FluentConfiguration configuration(PgaiTestSchema db, String schema, String... locations) {
        return Flyway.configure()
                .dataSource(db.serverJdbcUrl(), null, null)
                .schemas(schema)
                .createSchemas(true)
                .locations(Arrays.stream(locations).map(l -> "classpath:io/github/jooqpgai/it/vectorizer/flyway/" + l).toArray(String[]::new));
    }
}
