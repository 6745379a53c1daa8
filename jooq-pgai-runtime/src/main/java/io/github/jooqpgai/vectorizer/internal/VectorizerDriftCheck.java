package io.github.jooqpgai.vectorizer.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jooqpgai.vectorizer.PgaiException;
import io.github.jooqpgai.vectorizer.VectorizerDifference;
import io.github.jooqpgai.vectorizer.VectorizerDrift;
import io.github.jooqpgai.vectorizer.VectorizerSpec;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.vectorizer.config.VectorizerConfigPart;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Compares declared vectorizers with {@code ai.vectorizer}. The declared side is what pgai would store: each
 * config section is the config function the DSL renders (or {@code ai.create_vectorizer}'s default for an unset
 * one) evaluated in the database, {@code indexing_default}/{@code scheduling_default} resolved by pgai's
 * {@code _resolve_*_default()}, the destination by pgai's {@code _evaluate_destination} on the resolved source,
 * and the name derived as pgai derives it. The stored side is {@code ai.vectorizer.config} as JSON. Ignored:
 * {@code version}, {@code scheduling.job_id}, and what is not stored ({@code grant_to}, {@code enqueue_existing},
 * {@code if_not_exists}). Not API.
 *
 * <pre>{@code
 * VectorizerDrift drift = VectorizerDriftCheck.check(dsl, List.of(spec), List.of("public"));
 * }</pre>
 */
public final class VectorizerDriftCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ABSENT = "absent";
    private static final String STORED = """
            select name::text, source_schema::text, source_table::text, queue_schema::text, queue_table::text, config::text
            from ai.vectorizer order by id""";
    private static final String SOURCE = """
            select n.nspname::text, c.relname::text
            from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            where c.oid = pg_catalog.to_regclass({0})""";

    /** The config sections compared, in report order, with {@code ai.create_vectorizer}'s default for each. */
    private static final Map<String, String> SECTION_DEFAULTS = new LinkedHashMap<>();

    static {
        SECTION_DEFAULTS.put("loading", null);
        SECTION_DEFAULTS.put("parsing", "ai.parsing_auto()");
        SECTION_DEFAULTS.put("embedding", null);
        SECTION_DEFAULTS.put("chunking", "ai.chunking_recursive_character_text_splitter()");
        SECTION_DEFAULTS.put("formatting", "ai.formatting_python_template()");
        SECTION_DEFAULTS.put("indexing", "ai.indexing_default()");
        SECTION_DEFAULTS.put("scheduling", "ai.scheduling_default()");
        SECTION_DEFAULTS.put("processing", "ai.processing_default()");
        SECTION_DEFAULTS.put("destination", "ai.destination_table()");
    }

    private record Stored(String name, String source, String queueSchema, String queueTable, JsonNode config) {
    }

    private VectorizerDriftCheck() {
    }

    /**
     * The drift between {@code declared} and the database.
     *
     * @param sourceSchemas the schemas whose vectorizers (by source table) count as "not declared in code" when no
     *                      declaration has their name, or null for every vectorizer in the database; a declared name is
     *                      looked up in the whole database (a vectorizer on another schema's table is a changed source)
     * @throws InvalidVectorizerConfigException if two declarations have the same (derived) name
     * @throws PgaiException for a database error
     */
    public static VectorizerDrift check(DSLContext dsl, Collection<VectorizerSpec> declared, Collection<String> sourceSchemas) {
        if (declared == null || declared.stream().anyMatch(Objects::isNull)) {
            throw new InvalidVectorizerConfigException("declared vectorizers", declared, "must be a list without nulls");
        }
        if (sourceSchemas != null && sourceSchemas.stream().anyMatch(Objects::isNull)) {
            throw new InvalidVectorizerConfigException("sourceSchemas", sourceSchemas, "must be a list without nulls");
        }
        try {
            return compare(dsl, List.copyOf(declared), sourceSchemas == null ? null : Set.copyOf(sourceSchemas));
        } catch (InvalidVectorizerConfigException e) {
            throw e;
        } catch (RuntimeException e) {
            throw PgaiException.translate(e);
        }
    }

    private static VectorizerDrift compare(DSLContext dsl, List<VectorizerSpec> declared, Set<String> sourceSchemas) {
        Map<String, Stored> stored = new LinkedHashMap<>();
        Set<String> inScope = new LinkedHashSet<>();
        for (Record r : dsl.fetch(STORED)) {
            Stored s = new Stored(r.get(0, String.class), r.get(1, String.class) + "." + r.get(2, String.class), r.get(3, String.class),
                    r.get(4, String.class), json(r.get(5, String.class)));
            stored.put(s.name(), s);
            if (sourceSchemas == null || sourceSchemas.contains(r.get(1, String.class))) {
                inScope.add(s.name());
            }
        }
        List<VectorizerDifference> differences = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (VectorizerSpec spec : declared) {
            String rendered = dsl.render(spec.source());
            Record source = dsl.fetchOne(SOURCE, DSL.val(rendered, SQLDataType.VARCHAR));
            if (source == null) {
                String name = spec.name() == null ? rendered : spec.name();
                differences.add(new VectorizerDifference.Missing(name, "source table " + rendered + " does not exist"));
                continue;
            }
            String sourceSchema = source.get(0, String.class);
            String sourceTable = source.get(1, String.class);
            JsonNode config = declaredConfig(dsl, spec, sourceSchema, sourceTable);
            String name = spec.name() != null ? spec.name() : derivedName(config.get("destination"), sourceSchema, sourceTable);
            if (!names.add(name)) {
                throw new InvalidVectorizerConfigException("declared vectorizers", name, "declared twice");
            }
            Stored s = stored.get(name);
            inScope.remove(name);
            if (s == null) {
                differences.add(new VectorizerDifference.Missing(name, "no vectorizer of this name"));
                continue;
            }
            changed(differences, name, "source", sourceSchema + "." + sourceTable, s.source());
            if (spec.queueSchema() != null) {
                changed(differences, name, "queue_schema", spec.queueSchema(), s.queueSchema());
            }
            if (spec.queueTable() != null) {
                changed(differences, name, "queue_table", spec.queueTable(), s.queueTable());
            }
            for (String section : SECTION_DEFAULTS.keySet()) {
                compareNodes(differences, name, section, config.get(section), s.config().get(section));
            }
        }
        for (String name : inScope) {
            differences.add(new VectorizerDifference.Unexpected(name, stored.get(name).source()));
        }
        return new VectorizerDrift(differences);
    }

    /** What pgai would store as config for {@code spec}, computed by pgai's own functions. */
    private static JsonNode declaredConfig(DSLContext dsl, VectorizerSpec spec, String sourceSchema, String sourceTable) {
        Map<String, VectorizerConfigPart> parts = new LinkedHashMap<>();
        parts.put("loading", spec.loading());
        parts.put("parsing", spec.parsing());
        parts.put("embedding", spec.embedding());
        parts.put("chunking", spec.chunking());
        parts.put("formatting", spec.formatting());
        parts.put("indexing", spec.indexing());
        parts.put("scheduling", spec.scheduling());
        parts.put("processing", spec.processing());
        parts.put("destination", spec.destination());
        List<Field<JSONB>> fields = new ArrayList<>();
        parts.forEach((section, part) -> fields.add(part != null ? PgaiSql.config(part)
                : DSL.field(SECTION_DEFAULTS.get(section), SQLDataType.JSONB)));
        Record evaluated = dsl.select(fields).fetchSingle();
        Map<String, JsonNode> config = new LinkedHashMap<>();
        int i = 0;
        for (String section : parts.keySet()) {
            config.put(section, json(evaluated.get(i++, JSONB.class).data()));
        }
        resolveDefault(dsl, config, "indexing", "ai._resolve_indexing_default()");
        resolveDefault(dsl, config, "scheduling", "ai._resolve_scheduling_default()");
        JSONB destination = dsl.select(DSL.field("ai._evaluate_destination({0}::jsonb, {1}::name, {2}::name)", SQLDataType.JSONB,
                DSL.val(config.get("destination").toString()), DSL.val(sourceSchema), DSL.val(sourceTable))).fetchSingle().value1();
        config.put("destination", json(destination.data()));
        return JSON.valueToTree(config);
    }

    private static void resolveDefault(DSLContext dsl, Map<String, JsonNode> config, String section, String resolver) {
        if ("default".equals(config.get(section).path("implementation").asText())) {
            config.put(section, json(dsl.select(DSL.field(resolver, SQLDataType.JSONB)).fetchSingle().value1().data()));
        }
    }

    /** pgai's derived name: {@code <target_schema>_<target_table>} or {@code <schema>_<table>_<embedding_column>}. */
    private static String derivedName(JsonNode destination, String sourceSchema, String sourceTable) {
        if ("column".equals(destination.path("implementation").asText())) {
            return sourceSchema + "_" + sourceTable + "_" + destination.path("embedding_column").asText();
        }
        return destination.path("target_schema").asText() + "_" + destination.path("target_table").asText();
    }

    private static void compareNodes(List<VectorizerDifference> differences, String name, String path, JsonNode inCode, JsonNode inDatabase) {
        if (inCode != null && inDatabase != null && inCode.isObject() && inDatabase.isObject()) {
            if (!equal(inCode.get("implementation"), inDatabase.get("implementation"))) {
                differences.add(new VectorizerDifference.Changed(name, path + ".implementation", text(inCode.get("implementation")),
                        text(inDatabase.get("implementation"))));
                return;
            }
            Set<String> keys = new LinkedHashSet<>();
            inCode.fieldNames().forEachRemaining(keys::add);
            inDatabase.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                if (!"scheduling.job_id".equals(path + "." + key)) {
                    compareNodes(differences, name, path + "." + key, inCode.get(key), inDatabase.get(key));
                }
            }
        } else if (!equal(inCode, inDatabase)) {
            differences.add(new VectorizerDifference.Changed(name, path, text(inCode), text(inDatabase)));
        }
    }

    private static void changed(List<VectorizerDifference> differences, String name, String field, String inCode, String inDatabase) {
        if (!inCode.equals(inDatabase)) {
            differences.add(new VectorizerDifference.Changed(name, field, inCode, inDatabase));
        }
    }

    /** JSON equality, numbers by value ({@code 800} equals {@code 800.0}). */
    private static boolean equal(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            Iterator<JsonNode> i = a.elements();
            Iterator<JsonNode> j = b.elements();
            while (i.hasNext()) {
                if (!equal(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static String text(JsonNode node) {
        return node == null ? ABSENT : node.toString();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("pgai returned JSON jooq-pgai cannot read: " + e.getOriginalMessage(), e);
        }
    }
}
