package io.github.jooqpgai.it.vectorizer;

import static io.github.jooqpgai.it.vectorizer.StoredConfigs.blog;
import static io.github.jooqpgai.it.vectorizer.StoredConfigs.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.vectorizer.PgaiException;
import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jooq.Query;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one rule for unknown and malformed vectorizer names and ids, walked through every management call:
 * malformed name → {@link InvalidVectorizerConfigException} for {@code name} before the database; unknown
 * name or id → {@link PgaiException} P0002 naming it (lookups: an empty {@code Optional}; {@code ifExists()}:
 * nothing), and an existing vectorizer is left exactly as it was.
 */
@PgaiTest
class VectorizerNameRuleIT {

    /** What a call does for an unknown name or id. */
    enum Unknown { FAILS_P0002, EMPTY_OPTIONAL, DOES_NOTHING }

    /** One management call, by name and by id; each returns what the call returned (null for void). */
    record Call(String label, BiFunction<PgaiDSLContext, String, Object> byName, BiFunction<PgaiDSLContext, Integer, Object> byId,
            Unknown unknown) {
        @Override
        public String toString() {
            return label;
        }
    }

    static List<Call> calls() {
        return List.of(
                new Call("dropVectorizer", (p, n) -> run(() -> p.dropVectorizer(n).execute()), (p, i) -> run(() -> p.dropVectorizer(i).execute()),
                        Unknown.FAILS_P0002),
                new Call("dropVectorizer.dropAll", (p, n) -> run(() -> p.dropVectorizer(n).dropAll().execute()),
                        (p, i) -> run(() -> p.dropVectorizer(i).dropAll().execute()), Unknown.FAILS_P0002),
                new Call("dropVectorizer.ifExists.dropAll", (p, n) -> run(() -> p.dropVectorizer(n).ifExists().dropAll().execute()),
                        (p, i) -> run(() -> p.dropVectorizer(i).ifExists().dropAll().execute()), Unknown.DOES_NOTHING),
                new Call("vectorizer", PgaiDSLContext::vectorizer, PgaiDSLContext::vectorizer, Unknown.EMPTY_OPTIONAL),
                new Call("vectorizerStatus", PgaiDSLContext::vectorizerStatus, PgaiDSLContext::vectorizerStatus, Unknown.EMPTY_OPTIONAL),
                new Call("vectorizerErrors", PgaiDSLContext::vectorizerErrors, PgaiDSLContext::vectorizerErrors, Unknown.FAILS_P0002),
                new Call("vectorizerQueuePending", PgaiDSLContext::vectorizerQueuePending, PgaiDSLContext::vectorizerQueuePending,
                        Unknown.FAILS_P0002),
                new Call("vectorizerQueuePending.exact", (p, n) -> p.vectorizerQueuePending(n, true), (p, i) -> p.vectorizerQueuePending(i, true),
                        Unknown.FAILS_P0002),
                new Call("enableVectorizerSchedule", (p, n) -> run(() -> p.enableVectorizerSchedule(n)),
                        (p, i) -> run(() -> p.enableVectorizerSchedule(i)), Unknown.FAILS_P0002),
                new Call("disableVectorizerSchedule", (p, n) -> run(() -> p.disableVectorizerSchedule(n)),
                        (p, i) -> run(() -> p.disableVectorizerSchedule(i)), Unknown.FAILS_P0002),
                new Call("setScheduling", (p, n) -> p.setScheduling(n, Scheduling.none(), Indexing.none()),
                        (p, i) -> p.setScheduling(i, Scheduling.none(), Indexing.none()), Unknown.FAILS_P0002));
    }

    static Stream<Arguments> callsAndUnknownIds() {
        return calls().stream().flatMap(c -> Stream.of(Integer.MAX_VALUE, 0, -1).map(id -> Arguments.of(c, id)));
    }

    static Stream<Arguments> callsAndMalformedNames() {
        return calls().stream().flatMap(c -> Stream.of(
                Arguments.of(c, null, "invalid name = null: a vectorizer name is required"),
                Arguments.of(c, "", "invalid name = \"\": must match ^[a-z][a-z_0-9]*$ (pgai's check constraint)"),
                Arguments.of(c, "Bad-Name", "invalid name = \"Bad-Name\": must match ^[a-z][a-z_0-9]*$ (pgai's check constraint)"),
                Arguments.of(c, "BLOG", "invalid name = \"BLOG\": must match ^[a-z][a-z_0-9]*$ (pgai's check constraint)"),
                Arguments.of(c, "n".repeat(64), "invalid name = \"" + "n".repeat(64)
                        + "\": is 64 bytes long; PostgreSQL would silently truncate it to 63 bytes")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void unknownName(Call call, PgaiTestSchema db) {
        String missing = db.schema() + "_missing";
        withBystander(db, pgai -> expectUnknown(call.unknown(), () -> call.byName().apply(pgai, missing),
                "vectorizer named \"" + missing + "\" does not exist"));
    }

    @ParameterizedTest(name = "{0}({1})")
    @MethodSource("callsAndUnknownIds")
    void unknownId(Call call, int id, PgaiTestSchema db) {
        withBystander(db, pgai -> expectUnknown(call.unknown(), () -> call.byId().apply(pgai, id),
                "vectorizer with id " + id + " does not exist"));
    }

    @ParameterizedTest(name = "{0}({1})")
    @MethodSource("callsAndMalformedNames")
    void malformedName(Call call, String name, String message, PgaiTestSchema db) {
        withBystander(db, pgai -> assertThatThrownBy(() -> call.byName().apply(pgai, name))
                .as("%s(%s)", call, name)
                .isInstanceOfSatisfying(InvalidVectorizerConfigException.class, e -> assertThat(e.parameter()).isEqualTo("name"))
                .hasMessage(message));
    }

    /**
     * The unattached plain queries cannot check in Java; for an unknown name or id they get what pgai's
     * id-based functions do with no row (documented in docs/vectorizer-dsl.md).
     */
    @Test
    void plainQueriesOfAnUnknownNameOrIdFailInPgai(PgaiTestSchema db) {
        String missing = db.schema() + "_missing";
        for (Object unknown : List.<Object>of(missing, Integer.MAX_VALUE)) {
            plainFails(db, unknown instanceof String n ? PgaiDSL.dropVectorizer(n).asQuery() : PgaiDSL.dropVectorizer((Integer) unknown).asQuery(),
                    "P0002", "query returned no rows");
            plainFails(db, unknown instanceof String n ? PgaiDSL.enableSchedule(n)
                    : PgaiDSL.enableSchedule((Integer) unknown), "P0002", "query returned no rows");
            plainFails(db, unknown instanceof String n ? PgaiDSL.disableSchedule(n)
                    : PgaiDSL.disableSchedule((Integer) unknown), "P0002", "query returned no rows");
            plainFails(db, unknown instanceof String n ? PgaiDSL.queuePending(n, false)
                    : PgaiDSL.queuePending((Integer) unknown, false), "P0001", "vectorizer has no queue table");
            assertThat(db.dsl().execute(unknown instanceof String n ? PgaiDSL.dropVectorizer(n).ifExists().asQuery()
                    : PgaiDSL.dropVectorizer((Integer) unknown).ifExists().asQuery())).as("rows of drop if exists").isZero();
        }
    }

    private static void plainFails(PgaiTestSchema db, Query query, String sqlState, String message) {
        assertThatThrownBy(() -> db.dsl().execute(query)).as(query.getSQL(ParamType.INLINED)).isInstanceOfSatisfying(DataAccessException.class, e -> {
            PgaiException pgai = (PgaiException) PgaiException.translate(e);
            assertThat(pgai.sqlState()).isEqualTo(sqlState);
            assertThat(pgai.pgaiMessage()).isEqualTo(message);
        });
    }

    private static void expectUnknown(Unknown expected, Supplier<Object> call, String message) {
        switch (expected) {
            case FAILS_P0002 -> assertThatThrownBy(call::get).isInstanceOfSatisfying(PgaiException.class, e -> {
                assertThat(e.sqlState()).isEqualTo("P0002");
                assertThat(e.pgaiMessage()).isEqualTo(message);
            });
            case EMPTY_OPTIONAL -> assertThat(call.get()).isEqualTo(Optional.empty());
            case DOES_NOTHING -> assertThat(call.get()).isNull();
        }
    }

    /** Runs {@code test} next to an existing vectorizer and checks that its catalog row is unchanged afterwards. */
    private static void withBystander(PgaiTestSchema db, Consumer<PgaiDSLContext> test) {
        PgaiDSLContext pgai = PgaiDSL.using(db.dataSource());
        String table = "t" + uniqueName(db).substring(db.schema().length());
        blog(db, table);
        String name = uniqueName(db);
        int id = pgai.createVectorizer(DSL.name(db.schema(), table)).loading(Loading.column("content")).embedding(Embedding.openai("m", 3))
                .name(name).execute();
        String before = row(db, id);

        test.accept(pgai);

        assertThat(row(db, id)).as("the existing vectorizer %s", name).isEqualTo(before);
        assertThat(db.value(String.class, "select to_regclass(?)::text", "ai._vectorizer_q_" + id)).isNotNull();
    }

    private static String row(PgaiTestSchema db, int id) {
        return db.value(String.class, "select row(v.*)::text from ai.vectorizer v where id = ?", id);
    }

    private static Object run(Runnable action) {
        action.run();
        return null;
    }
}
