package io.github.jooqpgai.liquibase;

import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;
import liquibase.resource.ResourceAccessor;
import liquibase.serializer.AbstractLiquibaseSerializable;

/**
 * A nested element of our change types ({@code <pgai:embedding type="openai" .../>}) holding one part of
 * a vectorizer's configuration as the changelog wrote it (text, so that YAML, JSON and XML load alike),
 * and turning it into the DSL's config record, whose own checks run.
 *
 * <pre>{@code
 * ChunkingElement chunking = new ChunkingElement();
 * chunking.setType("characterTextSplitter");
 * chunking.setChunkSize("800");
 * Chunking dsl = chunking.toConfig();
 * }</pre>
 */
public abstract class ConfigElement extends AbstractLiquibaseSerializable {

    @Override
    public String getSerializedObjectNamespace() {
        return PgaiNamespaceDetails.NAMESPACE;
    }

    /** Rejects attributes this element does not have (the XSD does so for XML; this covers YAML and JSON). */
    @Override
    public void load(ParsedNode parsedNode, ResourceAccessor resourceAccessor) throws ParsedNodeException {
        Set<String> known = new TreeSet<>(getSerializableFields());
        for (ParsedNode child : parsedNode.getChildren()) {
            if (!known.contains(child.getName())) {
                throw new ParsedNodeException("unknown attribute '" + child.getName() + "' on pgai element '"
                        + getSerializedObjectName() + "' (known: " + String.join(", ", known) + ")");
            }
        }
        super.load(parsedNode, resourceAccessor);
    }

    /** The attribute's label in messages: {@code chunking.chunkSize}. */
    final String label(String attribute) {
        return getSerializedObjectName() + "." + attribute;
    }

    /** Runs a DSL factory, naming this element's attribute in any error it reports. */
    final <T> T build(Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvalidVectorizerConfigException e) {
            throw new ChangeAttributeException(label(camelCase(e.parameter())), e.getMessage());
        }
    }

    /** The variant attribute ({@code type}), required and one of {@code allowed}. */
    final String variant(String type, String... allowed) {
        if (type == null) {
            throw new ChangeAttributeException(label("type"), "is required (one of " + String.join(", ", allowed) + ")");
        }
        if (!Arrays.asList(allowed).contains(type)) {
            throw new ChangeAttributeException(label("type"), "invalid type = \"" + type + "\": must be one of " + String.join(", ", allowed));
        }
        return type;
    }

    /** Fails if an attribute that the chosen variant does not have was given. */
    final void absent(String type, String attribute, Object value) {
        if (value != null) {
            throw new ChangeAttributeException(label(attribute), "is not an attribute of type " + type);
        }
    }

    /** An optional integer attribute. */
    final Integer integer(String attribute, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new ChangeAttributeException(label(attribute), "invalid " + attribute + " = \"" + value + "\": must be an integer");
        }
    }

    /** An integer attribute with a default. */
    final int integer(String attribute, String value, int defaultValue) {
        Integer parsed = integer(attribute, value);
        return parsed == null ? defaultValue : parsed;
    }

    /** An optional boolean attribute ({@code true}/{@code false}). */
    final Boolean bool(String attribute, String value) {
        if (value == null) {
            return null;
        }
        String normalized = value.trim().toLowerCase(Locale.ROOT);
        if (!normalized.equals("true") && !normalized.equals("false")) {
            throw new ChangeAttributeException(label(attribute), "invalid " + attribute + " = \"" + value + "\": must be true or false");
        }
        return Boolean.valueOf(normalized);
    }

    /** {@code chunk_size} to {@code chunkSize}. */
    static String camelCase(String parameter) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : parameter.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
