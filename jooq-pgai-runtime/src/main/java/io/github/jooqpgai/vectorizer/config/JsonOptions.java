package io.github.jooqpgai.vectorizer.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable JSON object passed to pgai as {@code jsonb} (ollama {@code options}, litellm
 * {@code extra_options}). Held in a canonical form (keys sorted, numbers plain) so that two options
 * objects with the same content are {@code equals}, and so are the options read back from
 * {@code ai.vectorizer.config}.
 *
 * <pre>{@code
 * JsonOptions a = JsonOptions.of(Map.of("num_ctx", 4096, "temperature", 0.5));
 * JsonOptions b = JsonOptions.parse("{\"temperature\": 0.5, \"num_ctx\": 4096}");
 * a.equals(b); // true
 * }</pre>
 *
 * @param json the canonical JSON text
 */
public record JsonOptions(String json) {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    /**
     * Canonicalises and checks {@code json}.
     *
     * @throws InvalidVectorizerConfigException if it is not a JSON object pgai stores unchanged
     */
    public JsonOptions {
        Objects.requireNonNull(json, "json");
        json = canonical("options", json);
    }

    /** Options from JSON text (must be an object). */
    public static JsonOptions parse(String json) {
        return new JsonOptions(json);
    }

    /** Options from a map; values are serialised by Jackson (maps, lists, strings, numbers, booleans). */
    public static JsonOptions of(Map<String, ?> options) {
        Objects.requireNonNull(options, "options");
        try {
            return new JsonOptions(MAPPER.writeValueAsString(options));
        } catch (JsonProcessingException e) {
            throw new InvalidVectorizerConfigException("options", options, "cannot be written as JSON: " + e.getOriginalMessage());
        }
    }

    /** The options as a fresh, mutable map of maps, lists, strings, numbers and booleans. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> asMap() {
        try {
            return MAPPER.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("canonical options are always valid JSON", e);
        }
    }

    @Override
    public String toString() {
        return json;
    }

    private static String canonical(String parameter, String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidVectorizerConfigException(parameter, json, "is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidVectorizerConfigException(parameter, json, "must be a JSON object");
        }
        check(parameter, json, node);
        try {
            return MAPPER.writeValueAsString(MAPPER.treeToValue(node, Object.class));
        } catch (JsonProcessingException e) {
            throw new InvalidVectorizerConfigException(parameter, json, "cannot be written as JSON: " + e.getOriginalMessage());
        }
    }

    private static void check(String parameter, String json, JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                checkText(parameter, json, field.getKey());
                if (field.getValue().isNull()) {
                    throw new InvalidVectorizerConfigException(parameter, json,
                            "the null value of key \"" + field.getKey() + "\" would be removed by pgai (json_strip_nulls); leave the key out");
                }
                check(parameter, json, field.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                check(parameter, json, element);
            }
        } else if (node.isTextual()) {
            checkText(parameter, json, node.textValue());
        } else if (node.isNumber() && (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            throw new InvalidVectorizerConfigException(parameter, json, "JSON numbers must be finite");
        }
    }

    private static void checkText(String parameter, String json, String text) {
        if (text.indexOf('\u0000') >= 0) {
            throw new InvalidVectorizerConfigException(parameter, json, "jsonb cannot hold the NUL character (\\u0000)");
        }
        if (ConfigChecks.hasUnpairedSurrogate(text)) {
            throw new InvalidVectorizerConfigException(parameter, json, "contains an unpaired UTF-16 surrogate, which has no UTF-8 encoding");
        }
    }
}
