package io.github.jooqpgai.it.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.embedded.EmbeddedPgaiExtension;
import io.github.jooqpgai.it.migration.flyway.updown.BlogVectorizer;
import io.github.jooqpgai.it.support.CatalogSnapshot;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.VectorizerSpec;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Flyway's forward-only pattern on the real catalog: upgrade (V1 table, V2 vectorizer), downgrade as a forward
 * migration (V3: drop the vectorizer with drop_all, then its source table), upgrade again (V4). Flyway OSS has no
 * undo, so the downgrade is a versioned migration of its own.
 */
@PgaiTest
class FlywayUpDownUpIT {

    @Test
    void upgradeDowngradeUpgradeLeavesTheCatalogOfTheFirstUpgrade(PgaiTestSchema db) throws SQLException {
        String schema = db.schema() + "_updown";
        try {
            List<String> empty = CatalogSnapshot.of(db, schema);

            flyway(db, schema, "2").migrate();
            List<String> firstUpgrade = withoutIds(CatalogSnapshot.of(db, schema));
            flyway(db, schema, "3").migrate();
            List<String> downgraded = CatalogSnapshot.of(db, schema);
            flyway(db, schema, "4").migrate();
            List<String> secondUpgrade = withoutIds(CatalogSnapshot.of(db, schema));

            assertThat(firstUpgrade).as("the first upgrade made the vectorizer")
                    .contains("rel blog_embeddings_store r", "rel blog_embeddings v", "trg blog._vectorizer_src_trg_<id>")
                    .anyMatch(line -> line.startsWith("vec " + BlogVectorizer.name(schema) + " "));
            assertThat(downgraded.stream().filter(line -> !line.contains("flyway_schema_history")).toList())
                    .as("the downgrade leaves no relation, trigger, vectorizer or orphaned queue of the blog").isEqualTo(empty);
            assertThat(secondUpgrade).isEqualTo(firstUpgrade);
            assertThat(db.value(Integer.class, "select count(*) from ai.vectorizer where name = ?", BlogVectorizer.name(schema))).isEqualTo(1);
        } finally {
            EmbeddedPgaiExtension.dropSchemaAndVectorizers(db.serverJdbcUrl(), schema);
        }
    }

    @Test
    void inlinedSqlOfTheDeclarationMakesAVectorizerWithoutDrift(PgaiTestSchema db) throws SQLException {
        String schema = db.schema() + "_inlined";
        try {
            db.dsl().execute("create schema " + schema);
            db.dsl().execute("create table " + schema + ".blog (id int primary key, title text not null, content text not null)");
            PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
            VectorizerSpec declared;
            String script;
            try (Connection c = db.connection()) {
                declared = BlogVectorizer.create(c, schema).spec();
                script = PgaiDSL.inlinedSql(BlogVectorizer.create(c, schema).asQuery());
            }

            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.execute(script);
            }

            assertThat(script).startsWith("select \"ai\".\"create_vectorizer\"(").endsWith(";\n").contains("chunk_size => 700::int4")
                    .contains("'" + BlogVectorizer.name(schema) + "'");
            assertThat(pgai.vectorizerDrift(List.of(declared), List.of(schema)).differences()).isEmpty();
        } finally {
            EmbeddedPgaiExtension.dropSchemaAndVectorizers(db.serverJdbcUrl(), schema);
        }
    }

    /** Vectorizer ids differ between the upgrades: the ids in pgai's object names and the id column. */
    private static List<String> withoutIds(List<String> snapshot) {
        return snapshot.stream()
                .map(line -> line.replaceFirst("^vec \\d+ ", "vec ").replaceAll("(_vectorizer_(src_trg|q_failed|q))_\\d+", "$1_<id>"))
                .toList();
    }

    private static Flyway flyway(PgaiTestSchema db, String schema, String target) {
        return Flyway.configure()
                .dataSource(db.serverJdbcUrl(), null, null)
                .schemas(schema)
                .createSchemas(true)
                .target(target)
                .locations("classpath:io/github/jooqpgai/it/migration/flyway/updown")
                .load();
    }
}
