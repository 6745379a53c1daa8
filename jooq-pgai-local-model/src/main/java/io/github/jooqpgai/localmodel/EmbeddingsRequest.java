package io.github.jooqpgai.localmodel;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A checked {@code POST /v1/embeddings} body: what pgai 0.12.1's worker sends through the {@code openai} client
 * ({@code input} as a list of strings, {@code model}, {@code dimensions}, {@code encoding_format: "float"}), plus a
 * single string input and {@code base64} as OpenAI accepts them. Token-id input is refused with a 400: this
 * server tokenises itself, and the 0.12.1 worker always sends text (it uses tiktoken only to truncate chunks of
 * OpenAI model names, decoding them back to text).
 */
record EmbeddingsRequest(List<String> inputs, String model, boolean base64) {

    static EmbeddingsRequest parse(JsonNode body, String servedModel, int dimensions) {
        if (body == null || !body.isObject()) {
            throw OpenAiError.invalidRequest(null, "the request body must be a JSON object");
        }
        JsonNode model = body.get("model");
        if (model == null || !model.isTextual()) {
            throw OpenAiError.invalidRequest("model", "'model' is required and must be a string");
        }
        if (!model.asText().equals(servedModel)) {
            throw new OpenAiError(404, "The model '" + model.asText() + "' does not exist; this server serves '" + servedModel + "'",
                    "invalid_request_error", "model", "model_not_found");
        }
        JsonNode dims = body.get("dimensions");
        if (dims != null && !dims.isNull() && !(dims.isIntegralNumber() && dims.asLong() == dimensions)) {
            throw OpenAiError.invalidRequest("dimensions", "'dimensions' is " + dims + " but model '" + servedModel
                    + "' has " + dimensions + " dimensions (it cannot shorten its vectors)");
        }
        JsonNode format = body.get("encoding_format");
        boolean base64 = false;
        if (format != null && !format.isNull()) {
            if (!format.isTextual() || !(format.asText().equals("float") || format.asText().equals("base64"))) {
                throw OpenAiError.invalidRequest("encoding_format", "'encoding_format' is " + format + "; use 'float' or 'base64'");
            }
            base64 = format.asText().equals("base64");
        }
        return new EmbeddingsRequest(inputs(body.get("input")), model.asText(), base64);
    }

    private static List<String> inputs(JsonNode input) {
        if (input == null || input.isNull()) {
            throw OpenAiError.invalidRequest("input", "'input' is required: a string or a list of strings");
        }
        if (input.isTextual()) {
            return List.of(text(input, "input"));
        }
        if (!input.isArray() || input.isEmpty()) {
            throw OpenAiError.invalidRequest("input", "'input' must be a string or a non-empty list of strings, not " + abbreviate(input));
        }
        List<String> texts = new ArrayList<>(input.size());
        for (int i = 0; i < input.size(); i++) {
            JsonNode item = input.get(i);
            if (item.isIntegralNumber() || item.isArray()) {
                throw OpenAiError.invalidRequest("input", "'input[" + i + "]' is a token id (list); this server accepts text only "
                        + "(it tokenises with the model's own tokenizer, not tiktoken's)");
            }
            if (!item.isTextual()) {
                throw OpenAiError.invalidRequest("input", "'input[" + i + "]' must be a string, not " + abbreviate(item));
            }
            texts.add(text(item, "input[" + i + "]"));
        }
        return texts;
    }

    private static String text(JsonNode item, String name) {
        if (item.asText().isBlank()) {
            throw OpenAiError.invalidRequest("input", "'" + name + "' is empty or blank; the model embeds text only");
        }
        return item.asText();
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
