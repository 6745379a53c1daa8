package io.github.jooqpgai.liquibase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A JSON array of strings in an attribute, e.g. {@code separators='["\n\n", "\n", " "]'}. */
final class JsonStrings {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonStrings() {
    }

    static List<String> parse(String attribute, String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            throw notAnArray(attribute, json);
        }
        if (node == null || !node.isArray()) {
            throw notAnArray(attribute, json);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw notAnArray(attribute, json);
            }
            values.add(element.textValue());
        }
        return values;
    }

    private static ChangeAttributeException notAnArray(String attribute, String json) {
        return new ChangeAttributeException(attribute, "invalid value " + json.strip() + ": must be a JSON array of strings, e.g. [\"\\n\\n\", \" \"]");
    }
}
