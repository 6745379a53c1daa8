package io.github.jooqpgai.it.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regenerating after a vectorizer is dropped removes its classes. */
@PgaiTest
class VectorizerLifecycleCodegenIT {

    private static final String PKG = "it.codegen.lifecycle";

    @Test
    void droppingAVectorizerAndRegeneratingRemovesItsClasses(PgaiTestSchema db, @TempDir Path dir) {
        String s = db.schema();
        db.dsl().execute("create table article (id int primary key, body text not null)");
        db.dsl().execute("create table memo (id int primary key, body text not null)");
        FixtureVectorizers.table(db.dsl(), s, "article", s + "_article", "body", 3, null, null, null, null);
        FixtureVectorizers.table(db.dsl(), s, "memo", s + "_memo", "body", 3, null, null, null, null);

        Path src = CodegenRun.pgai(db.jdbcUrl(), s, PKG).generate(dir);
        Map<String, String> before = SourceTrees.read(src);
        assertThat(before).containsKeys(file("tables/ArticleEmbedding.java"), file("tables/MemoEmbedding.java"));
        assertThat(before.get(file("Vectorizers.java"))).contains((s + "_article").toUpperCase(), (s + "_memo").toUpperCase());
        assertThat(before.get(file("Keys.java"))).contains("ARTICLE_EMBEDDING_PKEY");

        db.dsl().execute("select ai.drop_vectorizer(?, drop_all => true)", s + "_article");
        Map<String, String> after = SourceTrees.read(CodegenRun.pgai(db.jdbcUrl(), s, PKG).generate(dir));

        assertThat(after).doesNotContainKeys(file("tables/ArticleEmbedding.java"), file("tables/records/ArticleEmbeddingRecord.java"));
        assertThat(after).containsKeys(file("tables/Article.java"), file("tables/MemoEmbedding.java"));
        assertThat(after.get(file("Vectorizers.java"))).doesNotContain((s + "_article").toUpperCase()).contains((s + "_memo").toUpperCase());
        assertThat(after.get(file("Keys.java"))).doesNotContain("ARTICLE_EMBEDDING");

        db.dsl().execute("select ai.drop_vectorizer(?, drop_all => true)", s + "_memo");
        Map<String, String> none = SourceTrees.read(CodegenRun.pgai(db.jdbcUrl(), s, PKG).generate(dir));
        assertThat(none).doesNotContainKeys(file("Vectorizers.java"), file("tables/MemoEmbedding.java"));
    }

    private static String file(String relative) {
        return PKG.replace('.', '/') + "/" + relative;
    }
}
