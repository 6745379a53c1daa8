package io.github.jooqpgai.codegen;

import io.github.jooqpgai.vectorizer.config.JsonOptions;
import io.github.jooqpgai.vectorizer.config.VectorizerConfigPart;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Java source that rebuilds a config record exactly: its canonical constructor with every component written
 * as a literal ({@code new EmbeddingOpenai("text-embedding-3-small", 768, null, "OPENAI_API_KEY", null)}).
 * Generated {@code Vectorizers} constants are built from it, so they hold the same records the DSL creates.
 */
final class ConfigLiterals {

    private final Function<Class<?>, String> reference;

    /** @param reference how generated code refers to a top-level class (jOOQ's {@code JavaWriter.ref}) */
    ConfigLiterals(Function<Class<?>, String> reference) {
        this.reference = reference;
    }

    String of(VectorizerConfigPart part) {
        return literal(part);
    }

    private String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return JavaLiterals.string(text);
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            return d + "d";
        }
        if (value instanceof Enum<?> e) {
            return type(e.getDeclaringClass()) + "." + e.name();
        }
        if (value instanceof JsonOptions options) {
            return type(JsonOptions.class) + ".parse(" + JavaLiterals.string(options.json()) + ")";
        }
        if (value instanceof Record record) {
            List<String> arguments = new ArrayList<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                arguments.add(literal(component(record, component)));
            }
            return "new " + type(record.getClass()) + "(" + String.join(", ", arguments) + ")";
        }
        throw new IllegalArgumentException("no Java literal for a " + value.getClass().getName() + " in a vectorizer config");
    }

    private String type(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        return enclosing == null ? reference.apply(type) : type(enclosing) + "." + type.getSimpleName();
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record, e);
        }
    }
}
