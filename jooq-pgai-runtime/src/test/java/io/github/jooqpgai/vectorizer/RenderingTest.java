package io.github.jooqpgai.vectorizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import java.time.Duration;
import java.util.List;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.ParamType;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DetachedException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** What the statements render: named arguments everywhere, user values as bind values or jOOQ-inlined literals. */
class RenderingTest {

    private static final TestTable BLOG = new TestTable("app", "blog", "title", "content");

    private static CreateVectorizerFinalStep seedExample() {
        return PgaiDSL.createVectorizer(BLOG)
                .loading(Loading.column(BLOG.column("content")))
                .embedding(Embedding.openai("text-embedding-3-small", 768))
                .chunking(Chunking.characterTextSplitter(800, 400).withSeparator("."))
                .formatting(Formatting.pythonTemplate("$title - $chunk"))
                .destination(Destination.table("blog_embeddings"))
                .name("blog_embeddings");
    }

    @Test
    void everyArgumentIsNamedAndEveryValueIsABindValue() {
        ResultQuery<?> query = seedExample().asQuery();

        assertThat(query.getSQL()).isEqualTo("select \"ai\".\"create_vectorizer\"(source => ?::regclass, name => ?::text, "
                + "destination => \"ai\".\"destination_table\"(destination => ?::name, target_schema => ?::name, target_table => ?::name, "
                + "view_schema => ?::name, view_name => ?::name), "
                + "loading => \"ai\".\"loading_column\"(column_name => ?::name, retries => ?::int4), "
                + "embedding => \"ai\".\"embedding_openai\"(model => ?::text, dimensions => ?::int4, chat_user => ?::text, "
                + "api_key_name => ?::text, base_url => ?::text), "
                + "chunking => \"ai\".\"chunking_character_text_splitter\"(chunk_size => ?::int4, chunk_overlap => ?::int4, "
                + "separator => ?::text, is_separator_regex => ?::bool), "
                + "formatting => \"ai\".\"formatting_python_template\"(template => ?::text))");
        assertThat(query.getBindValues()).containsExactly("\"app\".\"blog\"", "blog_embeddings", "blog_embeddings", null, null, null, null,
                "content", 6, "text-embedding-3-small", 768, null, "OPENAI_API_KEY", null, 800, 400, ".", false, "$title - $chunk");
    }

    @Test
    void inlinedRenderingEscapesThroughJooq() {
        String sql = PgaiDSL.createVectorizer(BLOG)
                .loading(Loading.column("content"))
                .embedding(Embedding.openai("it's", 3).withBaseUrl("a\\b"))
                .asQuery().getSQL(ParamType.INLINED);

        assertThat(sql).isEqualTo("select \"ai\".\"create_vectorizer\"(source => '\"app\".\"blog\"'::regclass, "
                + "loading => \"ai\".\"loading_column\"(column_name => 'content'::name, retries => 6::int4), "
                + "embedding => \"ai\".\"embedding_openai\"(model => 'it''s'::text, dimensions => 3::int4, chat_user => null::text, "
                + "api_key_name => 'OPENAI_API_KEY'::text, base_url => 'a\\b'::text))");
    }

    @Test
    void grantToArraysIntervalsAndFlags() {
        String sql = PgaiDSL.createVectorizer(BLOG)
                .loading(Loading.column("content"))
                .embedding(Embedding.openai("m", 3))
                .chunking(Chunking.recursiveCharacterTextSplitter(10, 1).withSeparators(List.of("a", "b")))
                .scheduling(Scheduling.timescaledb(Duration.ofDays(2).plusHours(3).plusNanos(5000)))
                .queueSchema("q").queueTable("t")
                .grantTo("bob", "alice")
                .enqueueExisting(false)
                .ifNotExists()
                .asQuery().getSQL(ParamType.INLINED);

        assertThat(sql).contains("separators => array['a', 'b']::text[]")
                .contains("schedule_interval => 'P2DT3H0.000005S'::interval")
                .contains("queue_schema => 'q'::name, queue_table => 't'::name")
                .contains("grant_to => \"ai\".\"grant_to\"(variadic grantees => array['bob', 'alice']::name[])")
                .endsWith("enqueue_existing => false::bool, if_not_exists => true::bool)");
    }

    @Test
    void theSourceIsRenderedWithTheExecutingContextsSettings() {
        ResultQuery<?> query = seedExample().asQuery();
        Settings tenantB = new Settings().withRenderMapping(new RenderMapping().withSchemata(
                new MappedSchema().withInput("app").withOutput("tenant_b")));

        assertThat(DSL.using(SQLDialect.POSTGRES, tenantB).renderInlined(query))
                .as("renderMapping app -> tenant_b, like selectFrom(BLOG) in that context: %s",
                        DSL.using(SQLDialect.POSTGRES, tenantB).render(DSL.selectFrom(BLOG)))
                .startsWith("select \"ai\".\"create_vectorizer\"(source => '\"tenant_b\".\"blog\"'::regclass, ");
        assertThat(DSL.using(SQLDialect.POSTGRES, new Settings().withRenderSchema(false)).renderInlined(query))
                .startsWith("select \"ai\".\"create_vectorizer\"(source => '\"blog\"'::regclass, ");
        assertThat(DSL.using(SQLDialect.POSTGRES, new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER)).renderInlined(query))
                .startsWith("select ai.create_vectorizer(source => 'app.blog'::regclass, ");
        assertThat(DSL.using(SQLDialect.POSTGRES, tenantB).extractBindValues(query).get(0)).isEqualTo("\"tenant_b\".\"blog\"");
    }

    @Test
    void grantToNoneIsAnExplicitNullSoThatPgaiGrantsNothing() {
        String sql = seedExample().grantToNone().asQuery().getSQL(ParamType.INLINED);

        assertThat(sql).endsWith("grant_to => null::name[])");
        assertThat(seedExample().grantToNone().spec().grantTo()).isEmpty();
        assertThat(seedExample().spec().grantTo()).isNull();
    }

    @Test
    void dropByNameLooksTheIdUpSoThatAnUnknownNameFails() {
        Query query = PgaiDSL.dropVectorizer("blog_embeddings").dropAll().asQuery();

        assertThat(query.getSQL(ParamType.INLINED)).isEqualTo("select \"ai\".\"drop_vectorizer\"(vectorizer_id => (select \"v\".\"id\" "
                + "from \"ai\".\"vectorizer\" as \"v\" where \"v\".\"name\" = 'blog_embeddings'), drop_all => true::bool)");
        assertThat(PgaiDSL.dropVectorizer(7).asQuery().getSQL(ParamType.INLINED))
                .isEqualTo("select \"ai\".\"drop_vectorizer\"(vectorizer_id => 7::int4, drop_all => false::bool)");
    }

    @Test
    void unattachedStatementsDoNotExecute() {
        assertThatThrownBy(() -> seedExample().execute()).isInstanceOf(DetachedException.class)
                .hasMessageContaining("not attached");
        assertThatThrownBy(() -> PgaiDSL.dropVectorizer("x").execute()).isInstanceOf(DetachedException.class);
    }

    @Test
    void definitionHoldsExactlyWhatWasSet() {
        VectorizerSpec d = seedExample().spec();
        assertThat(d.name()).isEqualTo("blog_embeddings");
        assertThat(d.parsing()).isNull();
        assertThat(d.chunking()).isEqualTo(Chunking.characterTextSplitter(800, 400).withSeparator("."));
        assertThat(d.destination()).isEqualTo(Destination.table("blog_embeddings"));
    }
}
