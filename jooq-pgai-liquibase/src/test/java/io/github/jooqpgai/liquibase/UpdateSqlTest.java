package io.github.jooqpgai.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.DiskannStorageLayout;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.HnswOpclass;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.Parsing;
import io.github.jooqpgai.vectorizer.config.Processing;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import io.github.jooqpgai.vectorizer.config.VoyageInputType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Query;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code update-sql} (offline) prints exactly the DSL's inlined rendering of each change, for XML, YAML and JSON changelogs. */
class UpdateSqlTest {

    @TempDir
    Path temp;

    @Test
    void xmlChangelogRendersTheDslStatements() throws Exception {
        String sql = OfflineLiquibase.updateSql("changelogs/full.xml", temp.resolve("history.csv"));

        assertThat(statements(sql)).as(sql).containsExactly(
                inlined(blog()),
                inlined(PgaiDSL.createVectorizer(DSL.name("docs"))
                        .loading(Loading.uri("url").withAwsRoleArn("arn:aws:iam::123:role/reader"))
                        .embedding(Embedding.ollama("nomic-embed-text", 768).withBaseUrl("http://ollama:11434")
                                .withOptionsJson("{\"num_ctx\": 4096}").withKeepAlive("5m"))
                        .name("docs_embeddings")
                        .chunking(Chunking.recursiveCharacterTextSplitter(800, 400).withSeparators(List.of("\n\n", "\n", " ")))
                        .indexing(Indexing.diskann().withStorageLayout(DiskannStorageLayout.PLAIN).withNumNeighbors(50).withMaxAlpha(1.2))
                        .scheduling(Scheduling.timescaledb(Duration.ofMinutes(5)))
                        .asQuery()),
                inlined(PgaiDSL.createVectorizer(DSL.name("notes"))
                        .loading(Loading.column("body"))
                        .embedding(Embedding.voyageai("voyage-3", 1024).withInputType(VoyageInputType.QUERY).withApiKeyName("VOYAGE"))
                        .name("notes_embeddings")
                        .chunking(Chunking.none())
                        .destination(Destination.column("embedding"))
                        .grantToNone()
                        .asQuery()),
                inlined(PgaiDSL.createVectorizer(DSL.name("notes"))
                        .loading(Loading.column("body"))
                        .embedding(Embedding.litellm("cohere/embed-english-v3.0", 1024).withApiKeyName("COHERE_API_KEY")
                                .withExtraOptionsJson("{\"input_type\": \"search_document\"}"))
                        .name("notes_litellm")
                        .asQuery()),
                inlined(PgaiDSL.setScheduling("blog_embeddings", Scheduling.none(), Indexing.none())),
                inlined(PgaiDSL.dropVectorizer("notes_litellm").dropAll().ifExists().asQuery()),
                inlined(PgaiDSL.dropVectorizer("docs_embeddings").asQuery()));
    }

    @Test
    void yamlAndJsonChangelogsUseTheSameNames() throws Exception {
        String yaml = OfflineLiquibase.updateSql("changelogs/full.yaml", temp.resolve("yaml.csv"));
        String json = OfflineLiquibase.updateSql("changelogs/full.json", temp.resolve("json.csv"));

        assertThat(statements(yaml)).as(yaml).containsExactly(inlined(blog()));
        assertThat(statements(json)).as(json).containsExactly(inlined(blog()));
    }

    /** Changeset 1 of every full.* changelog. */
    private static Query blog() {
        return PgaiDSL.createVectorizer(DSL.name("app", "blog"))
                .loading(Loading.column("content").withRetries(3))
                .embedding(Embedding.openai("text-embedding-3-small", 768).withChatUser("bob").withApiKeyName("MY_KEY")
                        .withBaseUrl("http://localhost:8080/v1"))
                .name("blog_embeddings")
                .parsing(Parsing.none())
                .chunking(Chunking.characterTextSplitter(500, 50).withSeparator("'; drop table x; --\n").withSeparatorRegex(true))
                .formatting(Formatting.pythonTemplate("$title - $chunk"))
                .indexing(Indexing.hnsw().withMinRows(10).withOpclass(HnswOpclass.VECTOR_IP_OPS).withM(8).withEfConstruction(32)
                        .withCreateWhenQueueEmpty(false))
                .scheduling(Scheduling.timescaledb(Duration.ofMinutes(10))
                        .withInitialStart(OffsetDateTime.parse("2026-01-01T00:00:00Z")).withFixedSchedule(true).withTimezone("UTC"))
                .processing(Processing.defaults().withBatchSize(20).withConcurrency(2))
                .destination(Destination.table("blog_embeddings").withTargetSchema("store").withViewName("blog_view"))
                .queueSchema("app")
                .queueTable("blog_q")
                .grantTo("reader", "o'hara")
                .enqueueExisting(false)
                .ifNotExists()
                .asQuery();
    }

    private static String inlined(Query query) {
        return query.getSQL(ParamType.INLINED);
    }

    /**
     * The statements of an update-sql script: the text between each {@code -- Changeset} header and the
     * next, split at the {@code ;} that ends a line.
     */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        String[] blocks = script.split("\n-- Changeset [^\n]*\n");
        for (int i = 1; i < blocks.length; i++) {
            for (String statement : blocks[i].split(";\n")) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip());
                }
            }
        }
        return statements;
    }
}
