package io.github.jooqpgai.it.vectorizer;

import static io.github.jooqpgai.it.vectorizer.StoredConfigs.blog;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.config.VectorizerConfig;
import io.github.jooqpgai.vectorizer.VectorizerError;
import io.github.jooqpgai.vectorizer.VectorizerInfo;
import io.github.jooqpgai.vectorizer.VectorizerStatus;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.Parsing;
import io.github.jooqpgai.vectorizer.config.Processing;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** Reading vectorizers back, status, queue, schedule switches, errors and every form of drop. */
@PgaiTest
class VectorizerManagementIT {

    @Test
    void aFullySpecifiedConfigRoundTripsCreateReadEquals(PgaiTestSchema db) {
        blog(db, "roundtrip");
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        VectorizerConfig config = new VectorizerConfig(
                Loading.column("content").withRetries(3),
                Parsing.none(),
                Embedding.ollama("nomic-embed-text", 768).withBaseUrl("http://ollama:11434").withOptions(Map.of("num_ctx", 2048)).withKeepAlive("5m"),
                Chunking.recursiveCharacterTextSplitter(300, 30).withSeparators(List.of("\n\n", "\n", "; ")),
                Indexing.none(),
                Formatting.pythonTemplate("$title\n$chunk"),
                Scheduling.none(),
                new Processing.Default(75, 2),
                Destination.table().resolvedFor(db.schema(), "roundtrip"));
        String name = uniqueName(db);

        int id = pgai.createVectorizer(DSL.name(db.schema(), "roundtrip"))
                .loading(config.loading()).embedding(config.embedding()).parsing(config.parsing()).chunking(config.chunking())
                .indexing(config.indexing()).formatting(config.formatting()).scheduling(config.scheduling())
                .processing(config.processing()).destination(config.destination()).name(name)
                .execute();

        VectorizerInfo info = pgai.vectorizer(name).orElseThrow();
        assertThat(info).isEqualTo(new VectorizerInfo(id, name, db.schema(), "roundtrip", "ai", "_vectorizer_q_" + id, false, config));
        assertThat(pgai.vectorizers()).contains(info);
    }

    @Test
    void statusPendingItemsAndScheduleSwitches(PgaiTestSchema db) {
        blog(db, "status");
        db.dsl().execute("insert into status select g, 't', 'c' from generate_series(1, 5) g");
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        String name = uniqueName(db);
        int id = pgai.createVectorizer(DSL.name(db.schema(), "status")).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(name).destination(Destination.table("status_vec")).execute();

        assertThat(pgai.vectorizerStatus(name)).contains(new VectorizerStatus(id, name, db.schema() + ".status",
                db.schema() + ".status_vec_store", db.schema() + ".status_vec", "embedding", 5L, false));
        assertThat(pgai.vectorizerStatus()).extracting(VectorizerStatus::name).contains(name);
        assertThat(pgai.vectorizerQueuePending(name)).isEqualTo(5);
        assertThat(pgai.vectorizerQueuePending(name, true)).isEqualTo(5);

        pgai.disableVectorizerSchedule(name);
        assertThat(pgai.vectorizerStatus(name).orElseThrow().disabled()).isTrue();
        assertThat(pgai.vectorizer(name).orElseThrow().disabled()).isTrue();
        pgai.enableVectorizerSchedule(name);
        assertThat(pgai.vectorizerStatus(name).orElseThrow().disabled()).isFalse();
    }

    @Test
    void inexactPendingCountCapsAtLongMaxValue(PgaiTestSchema db) {
        blog(db, "many");
        db.dsl().execute("insert into many select g, 't', 'c' from generate_series(1, 10001) g");
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        String name = uniqueName(db);
        pgai.createVectorizer(DSL.name(db.schema(), "many")).loading(Loading.column("content")).embedding(Embedding.openai("m", 3))
                .name(name).execute();
        assertThat(pgai.vectorizerQueuePending(name)).isEqualTo(Long.MAX_VALUE);
        assertThat(pgai.vectorizerQueuePending(name, true)).isEqualTo(10001);
    }

    @Test
    void recentErrorsNewestFirst(PgaiTestSchema db) {
        blog(db, "failing");
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        String name = uniqueName(db);
        int id = pgai.createVectorizer(DSL.name(db.schema(), "failing")).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(name).execute();
        db.dsl().execute("insert into ai._vectorizer_errors (id, message, details, recorded) values "
                + "(?, 'older', '{\"n\": 1}', now() - interval '1 hour'), (?, 'newer', null, now())", id, id);

        List<VectorizerError> errors = pgai.vectorizerErrors(name);

        assertThat(errors).extracting(VectorizerError::message).containsExactly("newer", "older");
        assertThat(errors.get(1).details()).isEqualTo("{\"n\": 1}");
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.name()).isEqualTo(name);
            assertThat(e.recorded()).isNotNull();
        });
    }

    @Test
    void dropByNameKeepsStoreAndViewDropAllRemovesThem(PgaiTestSchema db) {
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        blog(db, "keep");
        String kept = uniqueName(db);
        int keptId = pgai.createVectorizer(DSL.name(db.schema(), "keep")).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(kept).execute();
        pgai.dropVectorizer(kept).execute();
        assertThat(pgai.vectorizer(kept)).isEmpty();
        assertThat(relation(db, db.schema() + ".keep_embedding_store")).isNotNull();
        assertThat(relation(db, db.schema() + ".keep_embedding")).isNotNull();
        assertThat(relation(db, "ai._vectorizer_q_" + keptId)).isNull();

        blog(db, "gone");
        String gone = uniqueName(db);
        int goneId = pgai.createVectorizer(DSL.name(db.schema(), "gone")).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(gone).execute();
        pgai.dropVectorizer(gone).dropAll().execute();
        assertThat(relation(db, db.schema() + ".gone_embedding_store")).isNull();
        assertThat(relation(db, db.schema() + ".gone_embedding")).isNull();
        assertThat(relation(db, "ai._vectorizer_q_" + goneId)).isNull();
        assertThat(relation(db, "ai._vectorizer_q_failed_" + goneId)).isNull();
        assertThat(db.value(Integer.class, "select count(*) from pg_trigger where tgname like ?", "_vectorizer_src_trg_" + goneId + "%")).isZero();
    }

    @Test
    void dropByIdAndTheColumnOfAColumnDestinationStays(PgaiTestSchema db) {
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        blog(db, "colvec");
        String name = uniqueName(db);
        int id = pgai.createVectorizer(DSL.name(db.schema(), "colvec")).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(name).destination(Destination.column("content_vec")).chunking(Chunking.none())
                .execute();
        assertThat(columnType(db, "colvec", "content_vec")).isEqualTo("vector(3)");

        pgai.dropVectorizer(id).dropAll().execute();

        assertThat(pgai.vectorizer(name)).isEmpty();
        assertThat(columnType(db, "colvec", "content_vec")).isEqualTo("vector(3)");
    }

    @Test
    void everyManagementCallByIdMatchesTheCallByName(PgaiTestSchema db) {
        blog(db, "byid");
        db.dsl().execute("insert into byid select g, 't', 'c' from generate_series(1, 3) g");
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        String name = uniqueName(db);
        int id = pgai.createVectorizer(DSL.name(db.schema(), "byid")).loading(Loading.column("content")).embedding(Embedding.openai("m", 3))
                .name(name).execute();
        db.dsl().execute("insert into ai._vectorizer_errors (id, message, details, recorded) values (?, 'boom', null, now())", id);

        assertThat(pgai.vectorizer(id)).isEqualTo(pgai.vectorizer(name)).map(VectorizerInfo::id).contains(id);
        assertThat(pgai.vectorizerStatus(id)).isEqualTo(pgai.vectorizerStatus(name)).map(VectorizerStatus::pendingItems).contains(3L);
        assertThat(pgai.vectorizerQueuePending(id)).isEqualTo(3);
        assertThat(pgai.vectorizerQueuePending(id, true)).isEqualTo(3);
        assertThat(pgai.vectorizerErrors(id)).isEqualTo(pgai.vectorizerErrors(name)).extracting(VectorizerError::message).containsExactly("boom");

        pgai.disableVectorizerSchedule(id);
        assertThat(pgai.vectorizerStatus(id).orElseThrow().disabled()).isTrue();
        pgai.enableVectorizerSchedule(id);
        assertThat(pgai.vectorizerStatus(id).orElseThrow().disabled()).isFalse();
    }

    @Test
    void dropIfExistsDropsAnExistingVectorizerByNameOrIdAndIgnoresAnUnknownOne(PgaiTestSchema db) {
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        blog(db, "ifname");
        String byName = uniqueName(db);
        int byNameId = pgai.createVectorizer(DSL.name(db.schema(), "ifname")).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(byName).execute();
        blog(db, "ifid");
        int byId = pgai.createVectorizer(DSL.name(db.schema(), "ifid")).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(uniqueName(db)).execute();

        pgai.dropVectorizer(byName).ifExists().dropAll().execute();
        pgai.dropVectorizer(byId).ifExists().execute();

        assertThat(pgai.vectorizer(byName)).isEmpty();
        assertThat(pgai.vectorizer(byId)).isEmpty();
        assertThat(relation(db, db.schema() + ".ifname_embedding_store")).as("dropAll with ifExists").isNull();
        assertThat(relation(db, db.schema() + ".ifname_embedding")).isNull();
        assertThat(relation(db, "ai._vectorizer_q_" + byNameId)).isNull();
        assertThat(relation(db, db.schema() + ".ifid_embedding_store")).as("without dropAll the store stays").isNotNull();
        assertThat(relation(db, "ai._vectorizer_q_" + byId)).isNull();

        pgai.dropVectorizer(byName).ifExists().dropAll().execute();
        pgai.dropVectorizer(byId).ifExists().execute();
        db.dsl().execute(PgaiDSL.dropVectorizer(byName).ifExists().dropAll().asQuery());
        db.dsl().execute(PgaiDSL.dropVectorizer(byId).ifExists().asQuery());
    }

    @Test
    void thePlainDropIfExistsQueryDropsInAnyDslContext(PgaiTestSchema db) {
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        blog(db, "ifplain");
        String name = uniqueName(db);
        int id = pgai.createVectorizer(DSL.name(db.schema(), "ifplain")).loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3)).name(name).execute();

        db.dsl().execute(PgaiDSL.dropVectorizer(name).ifExists().dropAll().asQuery());

        assertThat(pgai.vectorizer(id)).isEmpty();
        assertThat(relation(db, db.schema() + ".ifplain_embedding_store")).isNull();
    }

    private static String relation(PgaiTestSchema db, String qualified) {
        return db.value(String.class, "select to_regclass(?)::text", qualified);
    }

    private static String columnType(PgaiTestSchema db, String table, String column) {
        return db.value(String.class, "select format_type(atttypid, atttypmod) from pg_attribute where attrelid = ?::regclass and attname = ?",
                db.schema() + "." + table, column);
    }
}
