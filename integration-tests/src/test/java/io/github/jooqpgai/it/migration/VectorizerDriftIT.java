package io.github.jooqpgai.it.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.CreateVectorizerFinalStep;
import io.github.jooqpgai.vectorizer.VectorizerDrift;
import io.github.jooqpgai.vectorizer.VectorizerSpec;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.embedded.EmbeddedPgaiExtension;
import java.sql.SQLException;
import java.util.List;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Drift between vectorizers declared in code and those pgai stored, on the real catalog: the declared side is
 * evaluated by pgai itself, so defaults pgai fills in are never reported.
 */
@PgaiTest
class VectorizerDriftIT {

    @Test
    void reportsChangedChunkSizeChangedModelMissingAndExtraAndNothingForUnchangedOnes(PgaiTestSchema db) throws SQLException {
        String s = ownSchema(db, "_scenario");
        try {
            PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
            for (String table : List.of("blog", "notes", "docs", "extra")) {
                db.dsl().execute("create table " + s + "." + table + " (id int primary key, title text not null, content text not null)");
            }
            blog(pgai, s, 500).execute();
            notes(pgai, s, "text-embedding-3-small").execute();
            docsWithDefaults(pgai, s).execute();
            pgai.createVectorizer(table(s, "extra")).loading(Loading.column("content")).embedding(Embedding.openai("text-embedding-3-small", 768))
                    .name(s + "_extra").execute();

            VectorizerDrift drift = pgai.vectorizerDrift(List.of(blog(pgai, s, 800).spec(), notes(pgai, s, "text-embedding-3-large").spec(),
                    docsWithDefaults(pgai, s).spec(), missing(pgai, s)), List.of(s));

            assertThat(drift.differences()).extracting(Object::toString).containsExactly(
                    s + "_blog: chunking.chunk_size 800 in code, 500 in database",
                    s + "_notes: embedding.model \"text-embedding-3-large\" in code, \"text-embedding-3-small\" in database",
                    s + "_missing: declared in code, missing in database (no vectorizer of this name)",
                    s + "_extra: in database (on " + s + ".extra), not declared in code");
            assertThatThrownBy(drift::assertNoDrift).isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("vectorizer drift (4 differences):\n  " + s + "_blog: chunking.chunk_size 800 in code");
        } finally {
            EmbeddedPgaiExtension.dropSchemaAndVectorizers(db.serverJdbcUrl(), s);
        }
    }

    @Test
    void unchangedVectorizersWithEveryDefaultLeftToPgaiShowNoDrift(PgaiTestSchema db) throws SQLException {
        String s = ownSchema(db, "_defaults");
        try {
            PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
            db.dsl().execute("create table " + s + ".plain (id int primary key, title text not null, content text not null)");
            VectorizerSpec derivedName = pgai.createVectorizer(table(s, "plain")).loading(Loading.column("content"))
                    .embedding(Embedding.ollama("nomic-embed-text", 768)).spec();
            pgai.createVectorizer(derivedName.source()).loading(Loading.column("content")).embedding(Embedding.ollama("nomic-embed-text", 768)).execute();

            db.dsl().execute("create table " + s + ".titles (id int primary key, title text not null)");
            VectorizerSpec columnDestination = pgai.createVectorizer(table(s, "titles")).loading(Loading.column("title"))
                    .embedding(Embedding.openai("text-embedding-3-small", 768)).chunking(Chunking.none())
                    .destination(Destination.column("title_embedding")).spec();
            pgai.createVectorizer(columnDestination.source()).loading(Loading.column("title"))
                    .embedding(Embedding.openai("text-embedding-3-small", 768)).chunking(Chunking.none())
                    .destination(Destination.column("title_embedding")).execute();
            assertThat(db.values(String.class, "select name::text from ai.vectorizer where source_schema = ? order by id", s))
                    .as("the names pgai derived").containsExactly(s + "_plain_embedding_store", s + "_titles_title_embedding");

            VectorizerDrift drift = pgai.vectorizerDrift(List.of(derivedName, columnDestination), List.of(s));

            assertThat(drift.differences()).as("a declaration leaving name, destination, chunking, indexing, scheduling ... to pgai").isEmpty();
            assertThat(drift).hasToString("no vectorizer drift");
            drift.assertNoDrift();
        } finally {
            EmbeddedPgaiExtension.dropSchemaAndVectorizers(db.serverJdbcUrl(), s);
        }
    }

    @Test
    void declaringTheSameNameTwiceIsAnError(PgaiTestSchema db) {
        String s = db.schema();
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        db.dsl().execute("create table if not exists " + s + ".twice (id int primary key, content text not null)");
        VectorizerSpec one = pgai.createVectorizer(table(s, "twice")).loading(Loading.column("content"))
                .embedding(Embedding.openai("text-embedding-3-small", 768)).name(s + "_twice").spec();

        assertThatThrownBy(() -> pgai.vectorizerDrift(List.of(one, one), List.of(s))).isInstanceOf(InvalidVectorizerConfigException.class)
                .hasMessageContaining(s + "_twice").hasMessageContaining("declared twice");
    }

    @Test
    void aDeclarationOnATableThatDoesNotExistIsMissing(PgaiTestSchema db) {
        String s = db.schema();
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        VectorizerSpec onMissingTable = pgai.createVectorizer(table(s, "no_such_table")).loading(Loading.column("content"))
                .embedding(Embedding.openai("text-embedding-3-small", 768)).name(s + "_nowhere").spec();

        assertThat(pgai.vectorizerDrift(List.of(onMissingTable), List.of(s + "_nothing_here")).differences()).extracting(Object::toString)
                .containsExactly(s + "_nowhere: declared in code, missing in database (source table \"" + s + "\".\"no_such_table\" does not exist)");
    }

    private static CreateVectorizerFinalStep blog(PgaiDSLContext pgai, String s, int chunkSize) {
        return pgai.createVectorizer(table(s, "blog")).loading(Loading.column("content"))
                .embedding(Embedding.openai("text-embedding-3-small", 768))
                .chunking(Chunking.recursiveCharacterTextSplitter(chunkSize, 100))
                .formatting(Formatting.pythonTemplate("$title: $chunk"))
                .destination(Destination.table("blog_embeddings"))
                .name(s + "_blog");
    }

    private static CreateVectorizerFinalStep notes(PgaiDSLContext pgai, String s, String model) {
        return pgai.createVectorizer(table(s, "notes")).loading(Loading.column("content"))
                .embedding(Embedding.openai(model, 768)).name(s + "_notes");
    }

    private static CreateVectorizerFinalStep docsWithDefaults(PgaiDSLContext pgai, String s) {
        return pgai.createVectorizer(table(s, "docs")).loading(Loading.column("content"))
                .embedding(Embedding.openai("text-embedding-3-small", 768)).name(s + "_docs");
    }

    private static VectorizerSpec missing(PgaiDSLContext pgai, String s) {
        return pgai.createVectorizer(table(s, "docs")).loading(Loading.column("title"))
                .embedding(Embedding.openai("text-embedding-3-small", 768)).destination(Destination.table("docs_titles")).name(s + "_missing").spec();
    }

    /** A schema of the test's own, so the class's other tests' vectorizers are not "in database, not declared in code". */
    private static String ownSchema(PgaiTestSchema db, String suffix) {
        String schema = db.schema() + suffix;
        db.dsl().execute("create schema " + schema);
        return schema;
    }

    private static Table<?> table(String schema, String table) {
        return DSL.table(DSL.name(schema, table));
    }
}
