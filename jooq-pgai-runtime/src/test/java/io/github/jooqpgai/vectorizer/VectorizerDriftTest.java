package io.github.jooqpgai.vectorizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Loading;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The drift report's lines and {@code PgaiDSL.inlinedSql}, without a database. */
class VectorizerDriftTest {

    @Test
    void eachDifferenceIsOneReadableLine() {
        VectorizerDrift drift = new VectorizerDrift(List.of(
                new VectorizerDifference.Changed("blog_content_embedder", "chunking.chunk_size", "800", "500"),
                new VectorizerDifference.Missing("notes", "no vectorizer of this name"),
                new VectorizerDifference.Unexpected("old", "public.blog")));

        assertThat(drift).hasToString("""
                vectorizer drift (3 differences):
                  blog_content_embedder: chunking.chunk_size 800 in code, 500 in database
                  notes: declared in code, missing in database (no vectorizer of this name)
                  old: in database (on public.blog), not declared in code""");
        assertThatThrownBy(drift::assertNoDrift).isInstanceOf(AssertionError.class).hasMessage(drift.toString());
    }

    @Test
    void noDifferencesIsNoDrift() {
        VectorizerDrift drift = new VectorizerDrift(List.of());

        assertThat(drift.isEmpty()).isTrue();
        assertThat(drift).hasToString("no vectorizer drift");
        drift.assertNoDrift();
    }

    @Test
    void inlinedSqlIsAScriptWithEveryValueInlined() {
        String script = PgaiDSL.inlinedSql(
                PgaiDSL.createVectorizer(DSL.table(DSL.name("public", "blog"))).loading(Loading.column("content"))
                        .embedding(Embedding.openai("text-embedding-3-small", 768)).name("blog_embeddings").asQuery(),
                PgaiDSL.dropVectorizer("old_embeddings").dropAll().asQuery());

        assertThat(script.lines()).hasSize(2);
        assertThat(script).startsWith("select \"ai\".\"create_vectorizer\"(source => '\"public\".\"blog\"'::regclass, name => 'blog_embeddings'::text")
                .contains("model => 'text-embedding-3-small'::text, dimensions => 768::int4")
                .contains("\nselect \"ai\".\"drop_vectorizer\"(").contains("'old_embeddings'").endsWith(");\n")
                .doesNotContain("=> ?");
    }
}
