package io.github.jooqpgai.liquibase;

import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.EmbeddingLitellm;
import io.github.jooqpgai.vectorizer.config.EmbeddingOllama;
import io.github.jooqpgai.vectorizer.config.EmbeddingOpenai;
import io.github.jooqpgai.vectorizer.config.EmbeddingVoyageai;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.vectorizer.config.VoyageInputType;
import java.util.function.Supplier;

/**
 * {@code <pgai:embedding type="openai|ollama|voyageai|litellm" model="..." dimensions="768" .../>}: the DSL's
 * {@code Embedding.openai(model, dimensions)} and its {@code with...} options. {@code options} (ollama) and
 * {@code extraOptions} (litellm) are JSON objects.
 *
 * <pre>{@code
 * <pgai:embedding type="openai" model="text-embedding-3-small" dimensions="768" apiKeyName="OPENAI_API_KEY"/>
 * }</pre>
 */
public final class EmbeddingElement extends ConfigElement {

    private String type;
    private String model;
    private String dimensions;
    private String chatUser;
    private String apiKeyName;
    private String baseUrl;
    private String options;
    private String keepAlive;
    private String inputType;
    private String extraOptions;

    @Override
    public String getSerializedObjectName() {
        return "embedding";
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getDimensions() {
        return dimensions;
    }

    public void setDimensions(String dimensions) {
        this.dimensions = dimensions;
    }

    public String getChatUser() {
        return chatUser;
    }

    public void setChatUser(String chatUser) {
        this.chatUser = chatUser;
    }

    public String getApiKeyName() {
        return apiKeyName;
    }

    public void setApiKeyName(String apiKeyName) {
        this.apiKeyName = apiKeyName;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public String getKeepAlive() {
        return keepAlive;
    }

    public void setKeepAlive(String keepAlive) {
        this.keepAlive = keepAlive;
    }

    public String getInputType() {
        return inputType;
    }

    public void setInputType(String inputType) {
        this.inputType = inputType;
    }

    public String getExtraOptions() {
        return extraOptions;
    }

    public void setExtraOptions(String extraOptions) {
        this.extraOptions = extraOptions;
    }

    /** The DSL's embedding config; its checks run. */
    public Embedding toConfig() {
        String kind = variant(type, "openai", "ollama", "voyageai", "litellm");
        Integer dims = integer("dimensions", dimensions);
        if (dims == null) {
            throw new ChangeAttributeException(label("dimensions"), "is required");
        }
        return switch (kind) {
            case "openai" -> {
                absent(kind, "options", options);
                absent(kind, "keepAlive", keepAlive);
                absent(kind, "inputType", inputType);
                absent(kind, "extraOptions", extraOptions);
                EmbeddingOpenai openai = build(() -> Embedding.openai(model, dims).withChatUser(chatUser).withBaseUrl(baseUrl));
                yield apiKeyName == null ? openai : build(() -> openai.withApiKeyName(apiKeyName));
            }
            case "ollama" -> {
                absent(kind, "chatUser", chatUser);
                absent(kind, "apiKeyName", apiKeyName);
                absent(kind, "inputType", inputType);
                absent(kind, "extraOptions", extraOptions);
                EmbeddingOllama ollama = build(() -> Embedding.ollama(model, dims).withBaseUrl(baseUrl).withKeepAlive(keepAlive));
                yield options == null ? ollama : json("options", () -> ollama.withOptionsJson(options));
            }
            case "voyageai" -> {
                absent(kind, "chatUser", chatUser);
                absent(kind, "baseUrl", baseUrl);
                absent(kind, "options", options);
                absent(kind, "keepAlive", keepAlive);
                absent(kind, "extraOptions", extraOptions);
                EmbeddingVoyageai voyage = build(() -> Embedding.voyageai(model, dims));
                EmbeddingVoyageai typed = inputType == null ? voyage : build(() -> voyage.withInputType(VoyageInputType.of(inputType)));
                yield apiKeyName == null ? typed : build(() -> typed.withApiKeyName(apiKeyName));
            }
            default -> {
                absent(kind, "chatUser", chatUser);
                absent(kind, "baseUrl", baseUrl);
                absent(kind, "options", options);
                absent(kind, "keepAlive", keepAlive);
                absent(kind, "inputType", inputType);
                EmbeddingLitellm litellm = build(() -> Embedding.litellm(model, dims).withApiKeyName(apiKeyName));
                yield extraOptions == null ? litellm : json("extraOptions", () -> litellm.withExtraOptionsJson(extraOptions));
            }
        };
    }

    /** A JSON option, named by its attribute (the DSL names every JSON option {@code options}). */
    private <T> T json(String attribute, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvalidVectorizerConfigException e) {
            throw new ChangeAttributeException(label(attribute), e.getMessage());
        }
    }
}
