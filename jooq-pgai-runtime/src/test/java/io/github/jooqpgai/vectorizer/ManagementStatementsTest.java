package io.github.jooqpgai.vectorizer;

import io.github.jooqpgai.vectorizer.internal.VectorizerStatements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DefaultConfiguration;
import org.junit.jupiter.api.Test;

/** The management statements: what they render, and the name rule applied before the database. */
class ManagementStatementsTest {

    private static final String V = "\"ai\".\"vectorizer\"";
    private static final String ID_OF_BLOG = "(select \"v\".\"id\" from " + V + " as \"v\" where \"v\".\"name\" = 'blog')";

    @Test
    void setSchedulingByIdAndNameBoundAndInlined() {
        var byId = PgaiDSL.setScheduling(7, Scheduling.timescaledb(Duration.ofMinutes(10)), Indexing.hnsw());
        assertThat(byId.getSQL()).isEqualTo("select \"ai\".\"set_scheduling\"(vectorizer_id => ?::int4, "
                + "scheduling => \"ai\".\"scheduling_timescaledb\"(schedule_interval => ?::interval, initial_start => ?::timestamptz, "
                + "fixed_schedule => ?::bool, timezone => ?::text), "
                + "indexing => \"ai\".\"indexing_hnsw\"(min_rows => ?::int4, opclass => ?::text, m => ?::int4, ef_construction => ?::int4, "
                + "create_when_queue_empty => ?::bool))");
        assertThat(byId.getBindValues()).containsExactly(7, "PT10M", null, null, null, 100000, "vector_cosine_ops", null, null, true);

        assertThat(PgaiDSL.setScheduling("blog", Scheduling.none(), Indexing.none()).getSQL(ParamType.INLINED))
                .isEqualTo("select \"ai\".\"set_scheduling\"(vectorizer_id => " + ID_OF_BLOG + ", "
                        + "scheduling => \"ai\".\"scheduling_none\"(), indexing => \"ai\".\"indexing_none\"())");
    }

    @Test
    void setSchedulingNeedsBothPartsAndNoAutomaticIndexingWithoutScheduling() {
        assertThatThrownBy(() -> PgaiDSL.setScheduling(1, null, Indexing.none()))
                .isInstanceOf(InvalidVectorizerConfigException.class)
                .hasMessage("invalid scheduling = null: is required: set_scheduling replaces the stored scheduling "
                        + "(Scheduling.defaults() for pgai's default)");
        assertThatThrownBy(() -> PgaiDSL.setScheduling(1, Scheduling.none(), null))
                .isInstanceOf(InvalidVectorizerConfigException.class)
                .hasMessage("invalid indexing = null: is required: set_scheduling replaces the stored indexing "
                        + "(Indexing.defaults() for pgai's default)");
        assertThatThrownBy(() -> PgaiDSL.setScheduling(1, Scheduling.none(), Indexing.diskann()))
                .isInstanceOfSatisfying(InvalidVectorizerConfigException.class, e -> assertThat(e.parameter()).isEqualTo("indexing"))
                .hasMessageEndingWith(": automatic indexing needs scheduling; with scheduling => Scheduling.none() use Indexing.none()");
    }

    @Test
    void theAttachedSetSchedulingChecksItsPartsBeforeTheDatabase() {
        PgaiDSLContext detached = PgaiDSL.using(new DefaultConfiguration().set(SQLDialect.POSTGRES)); // no connection: any query would fail
        assertThatThrownBy(() -> detached.setScheduling("blog", Scheduling.none(), null))
                .isInstanceOfSatisfying(InvalidVectorizerConfigException.class, e -> assertThat(e.parameter()).isEqualTo("indexing"));
        assertThatThrownBy(() -> detached.setScheduling(7, Scheduling.none(), Indexing.hnsw()))
                .isInstanceOfSatisfying(InvalidVectorizerConfigException.class, e -> assertThat(e.parameter()).isEqualTo("indexing"));
        assertThatThrownBy(() -> detached.grantVectorizerUsage(""))
                .isInstanceOfSatisfying(InvalidVectorizerConfigException.class, e -> assertThat(e.parameter()).isEqualTo("to_user"));
    }

    @Test
    void grantPassesTheRoleAsAQuotedIdentifierBecausePgaiSplicesItUnquoted() {
        Query query = PgaiDSL.grantVectorizerUsage("App \"Writer\"; drop table x", true);
        assertThat(query.getSQL()).isEqualTo("select \"ai\".\"grant_vectorizer_usage\"(to_user => ?::name, admin => ?::bool)");
        assertThat(query.getBindValues()).containsExactly("\"App \"\"Writer\"\"; drop table x\"", true);
        assertThat(PgaiDSL.grantVectorizerUsage("it's", false).getSQL(ParamType.INLINED))
                .isEqualTo("select \"ai\".\"grant_vectorizer_usage\"(to_user => '\"it''s\"'::name, admin => false::bool)");
    }

    @Test
    void grantRejectsRolesPgaiCannotReceive() {
        assertThatThrownBy(() -> PgaiDSL.grantVectorizerUsage(null, false)).isInstanceOf(InvalidVectorizerConfigException.class)
                .hasMessage("invalid to_user = null: a role name is required");
        assertThatThrownBy(() -> PgaiDSL.grantVectorizerUsage("", false)).isInstanceOf(InvalidVectorizerConfigException.class)
                .hasMessage("invalid to_user = \"\": an identifier cannot be empty");
        assertThat(PgaiDSL.grantVectorizerUsage("r".repeat(61), false).getBindValues()).first().isEqualTo("\"" + "r".repeat(61) + "\"");
        assertThatThrownBy(() -> PgaiDSL.grantVectorizerUsage("r".repeat(62), false)).isInstanceOf(InvalidVectorizerConfigException.class)
                .hasMessageContaining("is 64 bytes long as a quoted identifier");
        assertThatThrownBy(() -> PgaiDSL.grantVectorizerUsage("q\"".repeat(21), false)).as("42 characters, 65 bytes once quoted")
                .isInstanceOf(InvalidVectorizerConfigException.class)
                .hasMessageEndingWith(": is 65 bytes long as a quoted identifier; pgai's to_user is a name (at most 63 bytes) spliced into SQL, "
                        + "so PostgreSQL would silently truncate it");
    }

    @Test
    void dropIfExistsSelectsFromTheCatalogSoThatNoRowMeansNoDrop() {
        assertThat(PgaiDSL.dropVectorizer("blog").ifExists().dropAll().asQuery().getSQL(ParamType.INLINED))
                .isEqualTo("select \"ai\".\"drop_vectorizer\"(vectorizer_id => \"v\".\"id\", drop_all => true::bool) from " + V
                        + " as \"v\" where \"v\".\"name\" = 'blog'");
        Query byId = PgaiDSL.dropVectorizer(7).ifExists().asQuery();
        assertThat(byId.getSQL()).isEqualTo("select \"ai\".\"drop_vectorizer\"(vectorizer_id => \"v\".\"id\", drop_all => ?::bool) from " + V
                + " as \"v\" where \"v\".\"id\" = ?::int4");
        assertThat(byId.getBindValues()).containsExactly(false, 7);
    }

    @Test
    void idOverloadsBindTheId() {
        assertThat(VectorizerStatements.queuePending(null, 7, true).getSQL(ParamType.INLINED))
                .isEqualTo("select \"ai\".\"vectorizer_queue_pending\"(vectorizer_id => 7::int4, exact_count => true::bool)");
        assertThat(VectorizerStatements.enableSchedule(null, 7).getSQL(ParamType.INLINED))
                .isEqualTo("select \"ai\".\"enable_vectorizer_schedule\"(vectorizer_id => 7::int4)");
        assertThat(VectorizerStatements.disableSchedule(null, "blog").getSQL(ParamType.INLINED))
                .isEqualTo("select \"ai\".\"disable_vectorizer_schedule\"(vectorizer_id => " + ID_OF_BLOG + ")");
    }

    @Test
    void everyCallByNameRejectsAMalformedNameBeforeTheDatabase() {
        PgaiDSLContext detached = PgaiDSL.using(new DefaultConfiguration().set(SQLDialect.POSTGRES)); // no connection: any query would fail
        Map<String, Consumer<String>> calls = new LinkedHashMap<>();
        calls.put("dropVectorizer", n -> detached.dropVectorizer(n).execute());
        calls.put("dropVectorizer.ifExists", n -> detached.dropVectorizer(n).ifExists().execute());
        calls.put("vectorizer", detached::vectorizer);
        calls.put("vectorizerStatus", detached::vectorizerStatus);
        calls.put("vectorizerErrors", detached::vectorizerErrors);
        calls.put("vectorizerQueuePending", detached::vectorizerQueuePending);
        calls.put("enableVectorizerSchedule", detached::enableVectorizerSchedule);
        calls.put("disableVectorizerSchedule", detached::disableVectorizerSchedule);
        calls.put("setScheduling", n -> detached.setScheduling(n, Scheduling.none(), Indexing.none()));
        calls.put("PgaiDSL.dropVectorizer", n -> PgaiDSL.dropVectorizer(n).asQuery());
        calls.put("PgaiDSL.setScheduling", n -> PgaiDSL.setScheduling(n, Scheduling.none(), Indexing.none()));
        calls.put("VectorizerStatements.queuePending", n -> VectorizerStatements.queuePending(null, n, false));
        Map<String, String> malformed = new LinkedHashMap<>();
        malformed.put(null, "invalid name = null: a vectorizer name is required");
        malformed.put("", "invalid name = \"\": must match ^[a-z][a-z_0-9]*$ (pgai's check constraint)");
        malformed.put("Bad-Name", "invalid name = \"Bad-Name\": must match ^[a-z][a-z_0-9]*$ (pgai's check constraint)");
        malformed.put("n".repeat(64), "invalid name = \"" + "n".repeat(64) + "\": is 64 bytes long; PostgreSQL would silently truncate it to 63 bytes");

        calls.forEach((call, action) -> malformed.forEach((name, message) -> assertThatThrownBy(() -> action.accept(name))
                .as("%s(%s)", call, name)
                .isInstanceOfSatisfying(InvalidVectorizerConfigException.class, e -> assertThat(e.parameter()).isEqualTo("name"))
                .hasMessage(message)));
    }
}
