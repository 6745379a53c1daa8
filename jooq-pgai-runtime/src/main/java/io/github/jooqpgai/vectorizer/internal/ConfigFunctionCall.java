package io.github.jooqpgai.vectorizer.internal;

import java.util.List;
import java.util.Objects;

/**
 * The pgai SQL config function a config value stands for, with every argument by name, in the
 * function's parameter order. jooq-pgai renders it as {@code ai.<function>(name => value, ...)} with
 * every value bound (or inlined through jOOQ).
 *
 * <pre>{@code
 * ConfigFunctionCall call = ConfigFunctions.call(Chunking.characterTextSplitter(800, 400));
 * call.function();   // "chunking_character_text_splitter"
 * call.arguments();  // [chunk_size => 800, chunk_overlap => 400, separator => "\n\n", is_separator_regex => false]
 * }</pre>
 *
 * @param function the function's name in schema {@code ai}
 * @param arguments the arguments, each rendered as {@code name => value::sqlType}
 */
record ConfigFunctionCall(String function, List<Argument> arguments) {

    /** @throws NullPointerException if a component is null */
    public ConfigFunctionCall {
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(arguments);
    }

    /** A call with the given arguments. */
    public static ConfigFunctionCall of(String function, Argument... arguments) {
        return new ConfigFunctionCall(function, List.of(arguments));
    }

    /**
     * One named argument.
     *
     * <pre>{@code
     * new ConfigFunctionCall.Argument("chunk_size", 800, SqlType.INT4);
     * }</pre>
     *
     * @param name the SQL parameter name
     * @param value a {@code String}, {@code Integer}, {@code Double}, {@code Boolean}, {@code List<String>},
     *     {@link JsonOptions}, {@link java.time.Duration} or {@link java.time.OffsetDateTime}; null for SQL null
     * @param type the SQL type the value is cast to
     */
    public record Argument(String name, Object value, SqlType type) {

        /** @throws NullPointerException if name or type is null */
        public Argument {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String toString() {
            return name + " => " + value;
        }
    }

    /**
     * The SQL types of config function parameters.
     *
     * <pre>{@code
     * SqlType.NAME.sql(); // "name"
     * }</pre>
     */
    public enum SqlType {
        /** {@code text}. */
        TEXT("text"),
        /** {@code name} (an identifier, at most 63 bytes). */
        NAME("name"),
        /** {@code int4}. */
        INT4("int4"),
        /** {@code float8}. */
        FLOAT8("float8"),
        /** {@code bool}. */
        BOOL("bool"),
        /** {@code jsonb}. */
        JSONB("jsonb"),
        /** {@code text[]}. */
        TEXT_ARRAY("text[]"),
        /** {@code interval}. */
        INTERVAL("interval"),
        /** {@code timestamptz}. */
        TIMESTAMPTZ("timestamptz");

        private final String sql;

        SqlType(String sql) {
            this.sql = sql;
        }

        /** The type as written in SQL. */
        public String sql() {
            return sql;
        }
    }
}
