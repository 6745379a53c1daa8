package io.github.jooqpgai.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.DiskannStorageLayout;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.HnswOpclass;
import io.github.jooqpgai.vectorizer.config.Indexing;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLiteralsTest {

    private final ConfigLiterals literals = new ConfigLiterals(Class::getSimpleName);

    @Test
    void aRecordIsItsCanonicalConstructorWithEveryComponent() {
        assertThat(literals.of(Embedding.openai("text-embedding-3-small", 768).withBaseUrl("http://h/v1?a=\"b\"")))
                .isEqualTo("new EmbeddingOpenai(\"text-embedding-3-small\", 768, null, \"OPENAI_API_KEY\", \"http://h/v1?a=\\\"b\\\"\")");
        assertThat(literals.of(Destination.table().withTargetTable("blog_store").withViewName("blog")))
                .isEqualTo("new DestinationTable(null, null, \"blog_store\", null, \"blog\")");
    }

    @Test
    void enumsNestedRecordsJsonOptionsAndDoublesAreLiteralsToo() {
        assertThat(literals.of(Indexing.hnsw().withOpclass(HnswOpclass.VECTOR_IP_OPS).withM(16)))
                .isEqualTo("new IndexingHnsw(100000, HnswOpclass.VECTOR_IP_OPS, 16, null, true)");
        assertThat(literals.of(Indexing.none())).isEqualTo("new Indexing.None()");
        assertThat(literals.of(Indexing.diskann().withStorageLayout(DiskannStorageLayout.PLAIN).withMaxAlpha(1.2)))
                .isEqualTo("new IndexingDiskann(100000, DiskannStorageLayout.PLAIN, null, null, 1.2d, null, null, true)");
        assertThat(literals.of(Embedding.ollama("nomic-embed-text", 768).withOptions(Map.of("num_ctx", 2048))))
                .isEqualTo("new EmbeddingOllama(\"nomic-embed-text\", 768, null, JsonOptions.parse(\"{\\\"num_ctx\\\":2048}\"), null)");
    }
}
