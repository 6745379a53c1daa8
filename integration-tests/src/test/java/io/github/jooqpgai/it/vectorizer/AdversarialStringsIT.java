package io.github.jooqpgai.it.vectorizer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.it.support.PgaiDatabaseExtension;
import io.github.jooqpgai.it.support.PgaiServers;
import io.github.jooqpgai.vectorizer.CreateVectorizerFinalStep;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.ChunkingCharacterTextSplitter;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.DestinationTable;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.LoadingUri;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Adversarial strings (quotes, backslashes, {@code $$}, {@code =>}, {@code {0}}, {@code ?}, {@code :name},
 * comments, unicode, newlines, NUL, lone surrogates, very long) through every string parameter of
 * create_vectorizer and its config functions, against the real database, once with bind values and once
 * with jOOQ-inlined SQL run as a plain script. Which strings Java must accept is stated independently of
 * the code under test: any text PostgreSQL can store (no NUL, valid UTF-8) for text parameters
 * (templates, separators, models, base URLs with query strings, key names, JSON options), any such text of
 * 1 to 63 bytes for identifiers, and pgai's {@code ^[a-z][a-z_0-9]*$} for names. Java must accept exactly
 * those (a check that rejected every quote fails) and reject the rest with a message naming the
 * parameter; every accepted string must round-trip exactly into the stored {@code ai.vectorizer.config}; a
 * SQL error of any kind fails the property, and a canary table {@code x} (the target of the
 * {@code ';drop table x;--} fragment, on the search path) must survive. Each try creates five vectorizers inside transactions that
 * are rolled back: with bind values one per embedder (openai, ollama, voyageai, litellm), inlined one
 * with a rotating embedder while the other three embedders' config functions are evaluated in the same
 * inlined statement and compared as JSON.
 */
class AdversarialStringsIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final AtomicLong ACCEPTED = new AtomicLong();
    private static final Map<String, Verdicts> VERDICTS = new ConcurrentSkipListMap<>();
    private static final Pattern NAME = Pattern.compile("[a-z][a-z_0-9]*");
    private static final String SOURCE = "Source Tåble";

    private static String jdbcUrl;
    private static String schema;
    private static Connection connection;
    private static long started;

    @BeforeContainer
    static void createSchemas() throws SQLException {
        jdbcUrl = PgaiServers.shared().jdbcUrl();
        schema = "it_adversarial_" + ProcessHandle.current().pid();
        connection = DriverManager.getConnection(jdbcUrl);
        try (Statement s = connection.createStatement()) {
            for (String suffix : List.of("", "_store", "_queue")) {
                s.execute("drop schema if exists " + schema + suffix + " cascade");
                s.execute("create schema " + schema + suffix);
            }
            s.execute("create table " + schema + ".\"" + SOURCE + "\" (id int primary key, content text)");
            s.execute("create table " + schema + ".x (canary int)");
            s.execute("set search_path = " + schema + ", public");
        }
        connection.setAutoCommit(false);
        started = System.nanoTime();
    }

    @AfterContainer
    static void dropSchemas() throws SQLException {
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("[adversarial] %d strings, %d round trips compared (vectorizers created or config functions evaluated), %d ms%n",
                COUNTER.get(), ACCEPTED.get(), millis);
        VERDICTS.forEach((group, v) -> System.out.printf("[adversarial] %-45s accepted %6d  rejected %6d%n", group, v.accepted.get(), v.rejected.get()));
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select to_regclass('" + schema + ".x') is not null, (select count(*) from ai.vectorizer where name like 'adv\\_%')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).as("the canary table x survives every \"';drop table x;--\"").isTrue();
            assertThat(rs.getLong(2)).as("every try was rolled back").isZero();
        }
        connection.close();
        for (String suffix : List.of("_store", "_queue", "")) {
            PgaiDatabaseExtension.dropSchemaAndVectorizers(jdbcUrl, schema + suffix);
        }
    }

    @Provide
    Arbitrary<String> adversarial() {
        Arbitrary<String> fragments = Arbitraries.of("'", "''", "\"", "\\", "\\'", "$$", "$chunk", "$title", "${chunk}", "=>", "{0}", "{1}",
                "{fn now()}", "?", "??", ":name", "::text", "--", "/*", "*/", "';drop table x;--", "E'", "%s", "%I", "\n", "\r\n", "\t",
                " ", "é", "😀", "\u2028", "\u202e", "\u200b", "\u0000", "\ud800", "\udc00", "null", "NULL", "{}", "[]", "\"a\":1", ";",
                "\\u0000", "\\x27", "U&'\\0041'", "$tag$", "pg_sleep(1)", "ai.vectorizer");
        Arbitrary<String> glued = fragments.list().ofMinSize(1).ofMaxSize(12).map(list -> String.join("", list));
        Arbitrary<String> nastyChars = Arbitraries.strings().withChars("'\"\\$=>{}?:-/*;%\n\r\t\u0000 aZ0é😀").ofMaxLength(40);
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> veryLong = glued.map(s -> s.repeat(Math.max(1, 5000 / Math.max(1, s.length()))));
        return Arbitraries.frequencyOf(
                Tuple.of(5, glued),
                Tuple.of(3, nastyChars),
                Tuple.of(2, anyChars),
                Tuple.of(1, veryLong),
                Tuple.of(1, Arbitraries.of("", "a", "$chunk", "x".repeat(63), "é".repeat(32))));
    }

    @Property(tries = 10_000, seed = "20261122", shrinking = ShrinkingMode.OFF)
    void everyStringParameterRoundTripsOrIsRejectedInJava(@ForAll("adversarial") String s) throws SQLException {
        long n = COUNTER.incrementAndGet();
        for (boolean inlined : new boolean[] {false, true}) {
            List<Case> cases = cases(s, n, inlined);
            try {
                if (!cases.isEmpty()) {
                    run(cases, inlined);
                }
            } finally {
                connection.rollback();
            }
        }
    }

    /** One vectorizer to create: the statement and the config pgai must store. */
    private record Case(String name, Field<Integer> create, JsonNode expectedEmbedding, JsonNode expectedChunking,
            JsonNode expectedFormatting, JsonNode expectedLoading, JsonNode expectedDestination) {
    }

    private List<Case> cases(String s, long n, boolean inlined) {
        List<Case> cases = new ArrayList<>();
        String prefix = "adv_" + n + (inlined ? "_i_" : "_b_");
        boolean text = storable(s);
        boolean identifier = identifier(s);
        Loading loading = accept(Set.of("aws_role_arn"), text, () -> Loading.uri("content").withAwsRoleArn("arn:aws:iam::" + s + ":role/r"));
        Formatting formatting = accept(Set.of("template"), text, () -> Formatting.pythonTemplate(s + "$chunk"));
        Chunking character = accept(Set.of("separator"), text, () -> Chunking.characterTextSplitter(100, 10).withSeparator(s));
        Chunking recursive = accept(Set.of("separators"), text, () -> Chunking.recursiveCharacterTextSplitter(100, 10).withSeparators(List.of(s, "\n", s)));
        DestinationTable destination = accept(Set.of("target_table", "view_name"), identifier,
                () -> Destination.table().withTargetSchema(schema + "_store").withTargetTable(s).withViewName(s));
        String queueTable = accept(Set.of("queue_table"), identifier, () -> {
            PgaiDSL.createVectorizer(DSL.name("t")).loading(Loading.column("c")).embedding(Embedding.openai("m", 1)).queueTable(s).spec();
            return s;
        });
        accept(Set.of("name"), NAME.matcher(s).matches() && utf8Bytes(s) <= 63,
                () -> PgaiDSL.createVectorizer(DSL.name("t")).loading(Loading.column("c")).embedding(Embedding.openai("m", 1)).name(s));
        Map<String, Object> options = new HashMap<>();
        options.put(s, s);
        options.put("k", List.of(s, 1));
        List<Supplier<Embedding>> embeddings = List.of(
                () -> Embedding.openai(s, 3).withChatUser(s).withApiKeyName(s).withBaseUrl(s),
                () -> Embedding.ollama(s, 3).withBaseUrl(s).withKeepAlive(s).withOptions(options),
                () -> Embedding.voyageai(s, 3).withApiKeyName(s),
                () -> Embedding.litellm(s, 3).withApiKeyName(s).withExtraOptions(options));
        List<Set<String>> embeddingParameters = List.of(Set.of("model", "chat_user", "api_key_name", "base_url"),
                Set.of("model", "base_url", "keep_alive", "options"), Set.of("model", "api_key_name"),
                Set.of("model", "api_key_name", "extra_options"));
        if (loading == null || formatting == null || character == null || recursive == null) {
            return cases;
        }
        for (int k = 0; k < embeddings.size(); k++) {
            Embedding embedding = accept(embeddingParameters.get(k), text, embeddings.get(k));
            if (embedding == null) {
                continue;
            }
            if (inlined && k != n % embeddings.size()) {
                cases.add(new Case(null, PgaiDSL.configFunction(embedding).cast(SQLDataType.CLOB).coerce(Integer.class),
                        expectedEmbedding(embedding, s, options), null, null, null, null));
                continue;
            }
            Chunking chunking = k % 2 == 0 ? character : recursive;
            String name = prefix + k;
            CreateVectorizerFinalStep step = PgaiDSL.createVectorizer(DSL.name(schema, SOURCE))
                    .loading(loading).embedding(embedding).chunking(chunking).formatting(formatting).name(name)
                    .queueSchema(schema + "_queue");
            DestinationTable used = destination;
            if (k == 0 && destination != null && queueTable != null) {
                step.destination(destination).queueTable(queueTable);
            } else {
                used = Destination.table().withTargetSchema(schema + "_store").withTargetTable(name).withViewName(name);
                step.destination(used).queueTable(name);
            }
            cases.add(new Case(name, step.asField(), expectedEmbedding(embedding, s, options), expectedChunking(chunking, s),
                    object("implementation", "python_template", "config_type", "formatting", "template", s + "$chunk"),
                    object("implementation", "uri", "config_type", "loading", "column_name", "content", "retries", 6,
                            "aws_role_arn", ((LoadingUri) loading).awsRoleArn()),
                    object("implementation", "table", "config_type", "destination", "target_schema", schema + "_store",
                            "target_table", used.targetTable(), "view_schema", schema, "view_name", used.viewName())));
        }
        return cases;
    }

    private void run(List<Case> cases, boolean inlined) throws SQLException {
        DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
        Select<?> select = DSL.using(SQLDialect.POSTGRES).select(cases.stream().map(Case::create).toList());
        List<String> results = new ArrayList<>();
        if (inlined) {
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(select.getSQL(ParamType.INLINED))) {
                assertThat(rs.next()).isTrue();
                for (int i = 1; i <= cases.size(); i++) {
                    results.add(rs.getString(i));
                }
            }
        } else {
            Record row = dsl.fetchOne(select);
            for (int i = 0; i < cases.size(); i++) {
                results.add(row.get(i, String.class));
            }
        }
        Map<String, JsonNode> stored = new HashMap<>();
        for (Record r : dsl.fetch("select name, config::text from ai.vectorizer where name = any(?)",
                (Object) cases.stream().map(Case::name).filter(Objects::nonNull).toArray(String[]::new))) {
            stored.put(r.get(0, String.class), read(r.get(1, String.class)));
        }
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            if (c.name() == null) {
                assertThat(read(results.get(i))).as("config function result").isEqualTo(c.expectedEmbedding());
                continue;
            }
            JsonNode config = stored.get(c.name());
            assertThat(config).as("vectorizer %s was stored", c.name()).isNotNull();
            assertThat(config.get("embedding")).isEqualTo(c.expectedEmbedding());
            assertThat(config.get("chunking")).isEqualTo(c.expectedChunking());
            assertThat(config.get("formatting")).isEqualTo(c.expectedFormatting());
            assertThat(config.get("loading")).isEqualTo(c.expectedLoading());
            assertThat(config.get("destination")).isEqualTo(c.expectedDestination());
        }
        ACCEPTED.addAndGet(cases.size());
    }

    private static JsonNode expectedEmbedding(Embedding embedding, String s, Map<String, Object> options) {
        ObjectNode node = object("implementation", embedding.implementation(), "config_type", "embedding",
                "model", s, "dimensions", 3);
        switch (node.get("implementation").asText()) {
            case "openai" -> node.put("user", s).put("api_key_name", s).put("base_url", s);
            case "ollama" -> node.put("base_url", s).put("keep_alive", s).set("options", MAPPER.valueToTree(options));
            case "voyageai" -> node.put("input_type", "document").put("api_key_name", s);
            default -> node.put("api_key_name", s).set("extra_options", MAPPER.valueToTree(options));
        }
        return node;
    }

    private static JsonNode expectedChunking(Chunking chunking, String s) {
        if (chunking instanceof ChunkingCharacterTextSplitter) {
            return object("implementation", "character_text_splitter", "config_type", "chunking", "chunk_size", 100, "chunk_overlap", 10,
                    "separator", s, "is_separator_regex", false);
        }
        ObjectNode node = object("implementation", "recursive_character_text_splitter", "config_type", "chunking", "chunk_size", 100,
                "chunk_overlap", 10, "is_separator_regex", false);
        ArrayNode separators = node.putArray("separators");
        separators.add(s).add("\n").add(s);
        return node;
    }

    private static ObjectNode object(Object... keyValues) {
        ObjectNode node = MAPPER.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            node.set((String) keyValues[i], MAPPER.valueToTree(keyValues[i + 1]));
        }
        return node;
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError(json, e);
        }
    }

    /**
     * The value, or null when Java rejects it with a message naming one of {@code parameters}. Java must
     * accept exactly the strings the rules say it must ({@code mustAccept}): rejecting a valid string
     * fails the property as much as accepting an invalid one.
     */
    private static <T> T accept(Set<String> parameters, boolean mustAccept, Supplier<T> value) {
        String group = String.join("/", new TreeSet<>(parameters));
        Verdicts verdicts = VERDICTS.computeIfAbsent(group, g -> new Verdicts());
        T result;
        try {
            result = value.get();
        } catch (InvalidVectorizerConfigException e) {
            assertThat(mustAccept).as("%s must accept this string, but Java rejected it: %s", group, e.getMessage()).isFalse();
            assertThat(e.getMessage()).startsWith("invalid " + e.parameter() + " = ");
            assertThat(parameters).as("the rejection names the parameter").contains(e.parameter());
            verdicts.rejected.incrementAndGet();
            return null;
        }
        assertThat(mustAccept).as("%s must reject this string (PostgreSQL cannot store it, or pgai's rules forbid it), but Java accepted it",
                group).isTrue();
        verdicts.accepted.incrementAndGet();
        return result;
    }

    /** Text PostgreSQL can store: no NUL and a UTF-8 encoding (no unpaired surrogate), i.e. any other text. */
    private static boolean storable(String s) {
        return s.indexOf('\u0000') < 0 && new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s);
    }

    /** A name PostgreSQL keeps as given: storable, not empty, at most 63 bytes (longer ones are truncated). */
    private static boolean identifier(String s) {
        return storable(s) && !s.isEmpty() && utf8Bytes(s) <= 63;
    }

    private static int utf8Bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Per parameter group: how many strings Java accepted and rejected. */
    private static final class Verdicts {
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
    }
}
