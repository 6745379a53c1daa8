package io.github.jooqpgai.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.CommandExecutionException;
import liquibase.exception.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation through Liquibase's {@code validate(Database)}: errors name the change, the attribute and the value,
 * with the DSL's own message; unknown attributes fail at parse time (XSD for XML, our loader for YAML).
 */
class ValidationTest {

    @TempDir
    Path temp;

    @Test
    void chunkOverlapErrorNamesTheAttributeWithTheDslsMessage() {
        CreateVectorizerChange change = blog(c -> {
            ChunkingElement chunking = new ChunkingElement();
            chunking.setType("characterTextSplitter");
            chunking.setChunkSize("800");
            chunking.setChunkOverlap("800");
            c.setChunking(chunking);
        });
        String dslMessage = dslError(() -> Chunking.characterTextSplitter(800, 800));

        assertThat(errors(change)).containsExactly("createVectorizer chunking.chunkOverlap: " + dslMessage);
        assertThat(dslMessage).startsWith("invalid chunk_overlap = 800: ");
    }

    @Test
    void eachPartNamesItsAttributeAndValue() {
        assertThat(errors(blog(c -> c.getEmbedding().setDimensions("0"))))
                .singleElement().asString().startsWith("createVectorizer embedding.dimensions: invalid dimensions = 0: ");
        assertThat(errors(blog(c -> c.getEmbedding().setDimensions("many"))))
                .containsExactly("createVectorizer embedding.dimensions: invalid dimensions = \"many\": must be an integer");
        assertThat(errors(blog(c -> c.getEmbedding().setType("cohere"))))
                .containsExactly("createVectorizer embedding.type: invalid type = \"cohere\": must be one of openai, ollama, voyageai, litellm");
        assertThat(errors(blog(c -> c.getEmbedding().setKeepAlive("5m"))))
                .containsExactly("createVectorizer embedding.keepAlive: is not an attribute of type openai");
        assertThat(errors(blog(c -> c.getLoading().setColumnName("c".repeat(64)))))
                .singleElement().asString().startsWith("createVectorizer loading.columnName: invalid column_name = \"cccc");
        assertThat(errors(blog(c -> c.setName("Blog"))))
                .singleElement().asString().startsWith("createVectorizer name: invalid name = \"Blog\": ");
        assertThat(errors(blog(c -> c.setLoading(null))))
                .containsExactly("createVectorizer loading: is required");
        assertThat(errors(blog(c -> {
            IndexingElement indexing = new IndexingElement();
            indexing.setType("hnsw");
            indexing.setOpclass("vector_l2_ops");
            c.setIndexing(indexing);
        }))).singleElement().asString().startsWith("createVectorizer indexing.opclass: invalid opclass = \"vector_l2_ops\": ");
        assertThat(errors(blog(c -> {
            ChunkingElement chunking = new ChunkingElement();
            chunking.setType("recursiveCharacterTextSplitter");
            chunking.setSeparators("[1, 2]");
            c.setChunking(chunking);
        }))).singleElement().asString().startsWith("createVectorizer chunking.separators: invalid value [1, 2]: must be a JSON array of strings");
    }

    @Test
    void crossPartChecksOfTheDslNameTheirPart() {
        CreateVectorizerChange change = blog(c -> {
            DestinationElement destination = new DestinationElement();
            destination.setType("column");
            destination.setEmbeddingColumn("embedding");
            c.setDestination(destination);
        });

        assertThat(errors(change)).singleElement().asString().startsWith("createVectorizer chunking: invalid chunking = ");
    }

    @Test
    void dropAndAlterAreValidatedToo() {
        DropVectorizerChange drop = new DropVectorizerChange();
        drop.setName("no such name!");
        AlterVectorizerSchedulingChange alter = new AlterVectorizerSchedulingChange();
        alter.setName("blog_embeddings");
        SchedulingElement none = new SchedulingElement();
        none.setType("none");
        IndexingElement hnsw = new IndexingElement();
        hnsw.setType("hnsw");
        alter.setScheduling(none);
        alter.setIndexing(hnsw);

        assertThat(errors(drop)).singleElement().asString().startsWith("dropVectorizer name: invalid name = \"no such name!\"");
        assertThat(errors(alter)).singleElement().asString()
                .startsWith("alterVectorizerScheduling indexing: invalid indexing = ")
                .contains("automatic indexing needs scheduling");
    }

    @Test
    void updateSqlStopsWithTheValidationErrorFromYamlAndXml() {
        for (String changelog : List.of("changelogs/invalid/overlap.yaml", "changelogs/invalid/overlap.xml")) {
            assertThatThrownBy(() -> OfflineLiquibase.updateSql(changelog, temp.resolve("history.csv")))
                    .as(changelog)
                    .isInstanceOf(CommandExecutionException.class)
                    .hasRootCauseInstanceOf(ValidationFailedException.class)
                    .rootCause().hasMessageContaining("createVectorizer chunking.chunkOverlap: invalid chunk_overlap = 800: must be at least 0 and less than chunk_size (800)");
        }
    }

    @Test
    void unknownAttributesFailAtParseTime() {
        assertThatThrownBy(() -> OfflineLiquibase.parse("changelogs/invalid/unknown-attribute.xml"))
                .hasStackTraceContaining("chunkSiz");
        assertThatThrownBy(() -> OfflineLiquibase.parse("changelogs/invalid/unknown-attribute.yaml"))
                .hasStackTraceContaining("unknown attribute 'chunkSiz' on pgai element 'chunking'");
    }

    @Test
    void theValidChangelogParsesAgainstTheXsdOffline() throws Exception {
        List<ChangeSet> changeSets = OfflineLiquibase.parse("changelogs/full.xml");

        assertThat(changeSets).hasSize(4);
        assertThat(changeSets.get(0).getChanges()).singleElement().isInstanceOf(CreateVectorizerChange.class);
        for (ChangeSet changeSet : changeSets) {
            for (Change change : changeSet.getChanges()) {
                assertThat(change.validate(new PostgresDatabase()).getErrorMessages()).as(change.getDescription()).isEmpty();
            }
        }
    }

    static CreateVectorizerChange blog(Consumer<CreateVectorizerChange> adjust) {
        CreateVectorizerChange change = new CreateVectorizerChange();
        change.setTableName("blog");
        change.setName("blog_embeddings");
        LoadingElement loading = new LoadingElement();
        loading.setType("column");
        loading.setColumnName("content");
        change.setLoading(loading);
        EmbeddingElement embedding = new EmbeddingElement();
        embedding.setType("openai");
        embedding.setModel("text-embedding-3-small");
        embedding.setDimensions("768");
        change.setEmbedding(embedding);
        adjust.accept(change);
        return change;
    }

    private static List<String> errors(Change change) {
        return change.validate(new PostgresDatabase()).getErrorMessages();
    }

    private static String dslError(Runnable dsl) {
        try {
            dsl.run();
        } catch (InvalidVectorizerConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("the DSL accepted it");
    }

}
