package io.github.jooqpgai.vectorizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.DiskannStorageLayout;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.HnswOpclass;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.JsonOptions;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.Parsing;
import io.github.jooqpgai.vectorizer.config.Processing;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import io.github.jooqpgai.vectorizer.config.VoyageInputType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;
import org.junit.jupiter.api.Test;

/** Every Java-side check, with the message a user sees. Nothing here reaches a database. */
class JavaSideChecksTest {

    @Test
    void missingLoadingOrEmbeddingIsNamedNotANullPointer() {
        assertThatThrownBy(() -> PgaiDSL.createVectorizer(DSL.name("t")).loading(null))
                .isInstanceOf(InvalidVectorizerConfigException.class)
                .hasMessageStartingWith("invalid loading = null: is required");
        assertThatThrownBy(() -> PgaiDSL.createVectorizer(DSL.name("t")).loading(Loading.column("c")).embedding(null).spec())
                .isInstanceOf(InvalidVectorizerConfigException.class)
                .hasMessageStartingWith("invalid embedding = null: is required");
    }

    private static final TestTable BLOG = new TestTable("app", "blog", "title", "content");

    private static CreateVectorizerFinalStep blog() {
        return PgaiDSL.createVectorizer(BLOG).loading(Loading.column(BLOG.column("content"))).embedding(Embedding.openai("m", 768));
    }

    private static void rejects(ThrowingCallable call, String parameter, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidVectorizerConfigException.class, e -> {
            assertThat(e.parameter()).isEqualTo(parameter);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void chunkOverlapMustBeLessThanChunkSize() {
        rejects(() -> Chunking.characterTextSplitter(800, 800), "chunk_overlap",
                "invalid chunk_overlap = 800: must be at least 0 and less than chunk_size (800); pgai accepts it but the worker fails");
        rejects(() -> Chunking.recursiveCharacterTextSplitter(100, 250), "chunk_overlap",
                "invalid chunk_overlap = 250: must be at least 0 and less than chunk_size (100); pgai accepts it but the worker fails");
        rejects(() -> Chunking.characterTextSplitter(0, 0), "chunk_size", "invalid chunk_size = 0: must be between 1 and 2147483647");
    }

    @Test
    void dimensionsMustFitPgvector() {
        rejects(() -> Embedding.openai("m", 0), "dimensions",
                "invalid dimensions = 0: must be between 1 and 16000 (pgvector's vector type holds at most 16000 dimensions)");
        rejects(() -> Embedding.ollama("m", 16001), "dimensions",
                "invalid dimensions = 16001: must be between 1 and 16000 (pgvector's vector type holds at most 16000 dimensions)");
        assertThat(Embedding.voyageai("m", 16000).dimensions()).isEqualTo(16000);
    }

    @Test
    void sourceColumnsThatClashWithTheView() {
        for (String column : List.of("embedding", "chunk_seq", "embedding_uuid")) {
            TestTable table = new TestTable("app", "docs", "content", column);
            rejects(() -> PgaiDSL.createVectorizer(table).loading(Loading.column("content")).embedding(Embedding.openai("m", 3)).spec(),
                    "source", "invalid source = \"docs\": has a column named \"" + column + "\", which clashes with the view pgai creates "
                            + "for a table destination (embedding_uuid, chunk_seq, chunk, embedding)");
        }
    }

    @Test
    void sourceColumnNamedChunkWithTheTemplate() {
        TestTable table = new TestTable("app", "docs", "content", "chunk");
        rejects(() -> PgaiDSL.createVectorizer(table).loading(Loading.column("content")).embedding(Embedding.openai("m", 3)).spec(),
                "source", "invalid source = \"docs\": has a column named \"chunk\", which pgai's formatting_python_template "
                        + "(the only formatting) does not allow");
    }

    @Test
    void viewSchemaThatPgaiWouldIgnore() {
        rejects(() -> blog().destination(Destination.table().withViewSchema("elsewhere")).spec(), "view_schema",
                "invalid view_schema = \"elsewhere\": pgai 0.12.1 ignores view_schema and always creates the view in the source "
                        + "table's schema (app); leave it out");
        assertThat(blog().destination(Destination.table().withViewSchema("app")).spec().destination())
                .isEqualTo(Destination.table().withViewSchema("app"));
        rejects(() -> PgaiDSL.createVectorizer(DSL.name("blog")).loading(Loading.column("content")).embedding(Embedding.openai("m", 3))
                        .destination(Destination.table().withViewSchema("app")).spec(), "view_schema",
                "invalid view_schema = \"app\": pgai 0.12.1 ignores view_schema and always creates the view in the source table's schema "
                        + "(unknown here: qualify the source table); leave it out");
    }

    @Test
    void concurrencyAboveWhatTheWorkerAccepts() {
        rejects(() -> Processing.defaults().withConcurrency(11), "concurrency",
                "invalid concurrency = 11: must be between 1 and 10 (pgai accepts up to 50, but the vectorizer worker refuses more than 10)");
        rejects(() -> Processing.defaults().withConcurrency(0), "concurrency",
                "invalid concurrency = 0: must be between 1 and 10 (pgai accepts up to 50, but the vectorizer worker refuses more than 10)");
    }

    @Test
    void batchSizeRange() {
        rejects(() -> Processing.defaults().withBatchSize(2049), "batch_size", "invalid batch_size = 2049: must be between 1 and 2048");
        rejects(() -> Processing.defaults().withBatchSize(0), "batch_size", "invalid batch_size = 0: must be between 1 and 2048");
    }

    @Test
    void namePattern() {
        rejects(() -> blog().name("Blog"), "name", "invalid name = \"Blog\": must match ^[a-z][a-z_0-9]*$ (pgai's check constraint)");
        rejects(() -> blog().name("x'; drop table blog; --"), "name",
                "invalid name = \"x'; drop table blog; --\": must match ^[a-z][a-z_0-9]*$ (pgai's check constraint)");
        rejects(() -> blog().name("a".repeat(64)), "name",
                "invalid name = \"" + "a".repeat(64) + "\": is 64 bytes long; PostgreSQL would silently truncate it to 63 bytes");
        rejects(() -> PgaiDSL.dropVectorizer("1abc"), "name", "invalid name = \"1abc\": must match ^[a-z][a-z_0-9]*$ (pgai's check constraint)");
    }

    @Test
    void templateNeedsChunk() {
        rejects(() -> Formatting.pythonTemplate("$title"), "template", "invalid template = \"$title\": must contain the $chunk placeholder");
    }

    @Test
    void hnswOpclass() {
        rejects(() -> HnswOpclass.of("vector_l2_ops"), "opclass",
                "invalid opclass = \"vector_l2_ops\": pgai 0.12.1 accepts only vector_cosine_ops, vector_ip_ops or vector_l1_ops for hnsw");
        assertThat(HnswOpclass.of("vector_ip_ops")).isEqualTo(HnswOpclass.VECTOR_IP_OPS);
        rejects(() -> Indexing.hnsw().withM(1), "m", "invalid m = 1: must be between 2 and 100 (pgvector's limits)");
        rejects(() -> Indexing.hnsw().withM(16).withEfConstruction(20), "ef_construction",
                "invalid ef_construction = 20: must be at least 2 * m (32), pgvector rejects the index otherwise");
    }

    @Test
    void diskannStorageLayout() {
        rejects(() -> DiskannStorageLayout.of("io_optimized"), "storage_layout",
                "invalid storage_layout = \"io_optimized\": must be memory_optimized or plain");
        rejects(() -> Indexing.diskann().withMaxAlpha(Double.NaN), "max_alpha", "invalid max_alpha = NaN: must be a finite number greater than 0");
    }

    @Test
    void voyageInputType() {
        rejects(() -> VoyageInputType.of("passage"), "input_type",
                "invalid input_type = \"passage\": Voyage AI accepts only 'query' or 'document'");
    }

    @Test
    void columnDestinationNeedsChunkingNone() {
        rejects(() -> blog().destination(Destination.column("vec")).spec(), "chunking",
                "invalid chunking = \"ai.chunking_recursive_character_text_splitter() (pgai's default)\": a column destination needs "
                        + "chunking => Chunking.none() (one embedding per row)");
        rejects(() -> blog().destination(Destination.column("vec")).chunking(Chunking.characterTextSplitter(10, 1)).spec(),
                "chunking", "invalid chunking = ChunkingCharacterTextSplitter[chunkSize=10, chunkOverlap=1, separator=\n\n, "
                        + "isSeparatorRegex=false]: a column destination needs chunking => Chunking.none() (one embedding per row)");
        rejects(() -> blog().destination(Destination.column("title")).chunking(Chunking.none()).spec(), "embedding_column",
                "invalid embedding_column = \"title\": already exists in the source table blog with type CLOB; "
                        + "pgai would silently reuse it without checking that it is a vector(768) column");
    }

    @Test
    void schedulingNoneNeedsIndexingNone() {
        rejects(() -> blog().scheduling(Scheduling.none()).indexing(Indexing.hnsw()).spec(), "indexing",
                "invalid indexing = IndexingHnsw[minRows=100000, opclass=VECTOR_COSINE_OPS, m=null, efConstruction=null, "
                        + "createWhenQueueEmpty=true]: automatic indexing needs scheduling; with scheduling => Scheduling.none() use Indexing.none()");
    }

    @Test
    void primaryKeyColumnsThatPgaiWritesUnquotedIntoTheView() {
        for (String column : List.of("AuthorId", "author id", "1st", "a-b", "$x")) {
            KeyedTable table = new KeyedTable(column);
            rejects(() -> PgaiDSL.createVectorizer(table).loading(Loading.column(table.content)).embedding(Embedding.openai("m", 3)).spec(),
                    "source", "invalid source = \"keyed\": has the primary key column \"" + column + "\", which needs quotes in SQL; "
                            + "pgai 0.12.1 writes primary key columns unquoted into the join of the view it creates (t." + column + " = s." + column
                            + "), so PostgreSQL would fold or misread the name and the create would fail. Rename the column (lower-case letters, "
                            + "digits, _ and $, not starting with a digit or $) or use a column destination, which creates no view");
            assertThat(PgaiDSL.createVectorizer(table).loading(Loading.column(table.content)).embedding(Embedding.openai("m", 3))
                    .destination(Destination.column("embedding")).chunking(Chunking.none()).spec().source())
                    .as("a column destination creates no view, so %s is fine there", column).isSameAs(table);
        }
        for (String column : List.of("author_id", "_id", "select", "a$b", "naïve", "Éa")) {
            KeyedTable table = new KeyedTable(column);
            assertThat(PgaiDSL.createVectorizer(table).loading(Loading.column(table.content)).embedding(Embedding.openai("m", 3)).spec().source())
                    .as("primary key column %s", column).isSameAs(table);
        }
    }

    @Test
    void doclingParsingThatThe0121WorkerRejects() {
        rejects(() -> blog().parsing(Parsing.docling()).spec(), "parsing",
                "invalid parsing = \"ai.parsing_docling()\": pgai 0.12.1's SQL accepts it but its worker rejects the stored config "
                        + "(union_tag_invalid: the worker's parsing is one of 'none', 'auto', 'pymupdf'); Parsing.auto() already parses bytea "
                        + "documents with docling, or use Parsing.pymupdf()");
        assertThat(DSL.using(SQLDialect.POSTGRES).renderInlined(PgaiDSL.configFunction(Parsing.docling())))
                .as("docling still renders (stored docling configs read back)").isEqualTo("\"ai\".\"parsing_docling\"()");
    }

    @Test
    void grantToWithoutRolesIsAmbiguous() {
        rejects(() -> blog().grantTo(), "grant_to", "invalid grant_to = []: no roles given: ai.grant_to() without roles still grants to "
                + "the roles in ai.grant_to_default; use grantToNone() to grant to nobody, or leave grantTo out for pgai's default");
        rejects(() -> blog().grantTo(List.of()), "grant_to", "invalid grant_to = []: no roles given: ai.grant_to() without roles still grants to "
                + "the roles in ai.grant_to_default; use grantToNone() to grant to nobody, or leave grantTo out for pgai's default");
    }

    /** A generated-style table {@code app.keyed} whose primary key is one column with the given name. */
    private static final class KeyedTable extends TableImpl<Record> {

        private static final long serialVersionUID = 1L;

        private final TableField<Record, Integer> key;
        private final TableField<Record, String> content = createField(DSL.name("content"), SQLDataType.CLOB);

        KeyedTable(String keyColumn) {
            super(DSL.name("keyed"), DSL.schema(DSL.name("app")));
            key = createField(DSL.name(keyColumn), SQLDataType.INTEGER);
        }

        @Override
        public UniqueKey<Record> getPrimaryKey() {
            return Internal.createUniqueKey(this, DSL.name("keyed_pkey"), key);
        }
    }

    @Test
    void loadingColumnMustBelongToTheSource() {
        TestTable other = new TestTable("app", "other", "body");
        rejects(() -> PgaiDSL.createVectorizer(BLOG).loading(Loading.column(other.column("body"))), "column_name",
                "invalid column_name = \"body\": is not a column of the source table blog (columns: [content, id, title])");
    }

    @Test
    void loadingColumnMustHoldText() {
        rejects(() -> PgaiDSL.createVectorizer(BLOG).loading(Loading.column(BLOG.ID)), "column_name",
                "invalid column_name = \"id\": is of type INTEGER; pgai loads only text, varchar, char or bytea columns");
        rejects(() -> PgaiDSL.createVectorizer(BLOG).loading(Loading.uri(BLOG.ID)), "column_name",
                "invalid column_name = \"id\": is of type INTEGER; pgai loads URIs only from text, varchar or char columns");
    }

    @Test
    void identifiersLongerThanPostgresKeeps() {
        rejects(() -> Destination.table().withTargetTable("é".repeat(32)), "target_table",
                "invalid target_table = \"" + "é".repeat(32) + "\": is 64 bytes long; PostgreSQL would silently truncate it to 63 bytes");
        rejects(() -> Destination.column(""), "embedding_column", "invalid embedding_column = \"\": an identifier cannot be empty");
        rejects(() -> blog().queueTable("q".repeat(70)).spec(), "queue_table",
                "invalid queue_table = \"" + "q".repeat(70) + "\": is 70 bytes long; PostgreSQL would silently truncate it to 63 bytes");
    }

    @Test
    void textThatPostgresCannotHold() {
        rejects(() -> Embedding.openai("a\u0000b", 3), "model",
                "invalid model = \"a\\u0000b\": PostgreSQL text cannot contain the NUL character (\\u0000)");
        rejects(() -> Embedding.openai("m", 3).withBaseUrl("x\ud800"), "base_url",
                "invalid base_url = \"x\ud800\": contains an unpaired UTF-16 surrogate, which has no UTF-8 encoding");
        rejects(() -> Embedding.openai(null, 3), "model", "invalid model = null: is required");
    }

    @Test
    void jsonOptions() {
        rejects(() -> JsonOptions.parse("[1]"), "options", "invalid options = \"[1]\": must be a JSON object");
        rejects(() -> JsonOptions.parse("{\"a\": null}"), "options",
                "invalid options = \"{\\\"a\\\": null}\": the null value of key \"a\" would be removed by pgai (json_strip_nulls); leave the key out");
        assertThatThrownBy(() -> JsonOptions.parse("{\"a\": 1, \"a\": 2}")).isInstanceOf(InvalidVectorizerConfigException.class)
                .hasMessageStartingWith("invalid options = \"{\\\"a\\\": 1, \\\"a\\\": 2}\": is not valid JSON: Duplicate field 'a'");
        assertThatThrownBy(() -> JsonOptions.parse("{nope")).isInstanceOf(InvalidVectorizerConfigException.class)
                .hasMessageStartingWith("invalid options = \"{nope\": is not valid JSON: ");
        assertThat(JsonOptions.of(Map.of("b", 1, "a", List.of(1.50, "x")))).isEqualTo(JsonOptions.parse("{ \"a\": [1.5, \"x\"], \"b\": 1 }"));
        assertThat(JsonOptions.parse("{\"t\": 1.0, \"e\": 1e2}").json()).isEqualTo("{\"e\":100,\"t\":1.0}");
    }

    @Test
    void loadingUriRoleArnAndRetries() {
        rejects(() -> Loading.uri("url").withAwsRoleArn("arn:aws:s3:::bucket"), "aws_role_arn",
                "invalid aws_role_arn = \"arn:aws:s3:::bucket\": must match arn:aws:iam::*:role/*");
        rejects(() -> Loading.column("content").withRetries(-1), "retries", "invalid retries = -1: must be between 0 and 2147483647");
    }

    @Test
    void scheduleInterval() {
        rejects(() -> Scheduling.timescaledb(Duration.ZERO), "schedule_interval", "invalid schedule_interval = PT0S: must be a positive duration");
        rejects(() -> Scheduling.timescaledb(Duration.ofNanos(1500)), "schedule_interval",
                "invalid schedule_interval = PT0.0000015S: PostgreSQL intervals have microsecond precision; the nanoseconds would be lost");
    }

    @Test
    void longValuesAreTruncatedInMessages() {
        String longTemplate = "x".repeat(5000);
        assertThatThrownBy(() -> Formatting.pythonTemplate(longTemplate))
                .hasMessage("invalid template = \"" + "x".repeat(200) + "\"... (5000 chars): must contain the $chunk placeholder");
    }
}
