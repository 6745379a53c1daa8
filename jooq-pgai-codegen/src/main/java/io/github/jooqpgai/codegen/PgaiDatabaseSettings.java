package io.github.jooqpgai.codegen;

import java.util.Properties;

/**
 * The switches of {@link PgaiDatabase}, read from jOOQ's {@code <database><properties>}.
 *
 * <pre>{@code
 * <database>
 *   <name>io.github.jooqpgai.codegen.PgaiDatabase</name>
 *   <properties>
 *     <property><key>showStoreTables</key><value>true</value></property>
 *     <property><key>includeAiSchema</key><value>true</value></property>
 *     <property><key>showExtensionObjects</key><value>true</value></property>
 *   </properties>
 * </database>
 * }</pre>
 *
 * @param showStoreTables generate the vectorizers' store tables too (default false: they are hidden)
 * @param includeAiSchema generate pgai's {@code ai} catalog schema (default false; listing {@code ai} as an
 *                        {@code <inputSchema>} includes it as well)
 * @param mapVectorTypes  map {@code vector}, {@code halfvec} and {@code sparsevec} columns to jooq-pgai's
 *                        types and bindings (default true)
 * @param showExtensionObjects generate objects that belong to an extension ({@code pg_depend} deptype
 *                        {@code 'e'}), such as pgvector's functions (default false: they are hidden)
 */
public record PgaiDatabaseSettings(boolean showStoreTables, boolean includeAiSchema, boolean mapVectorTypes,
                                   boolean showExtensionObjects) {

    /** Property key of {@link #showStoreTables()}. */
    public static final String SHOW_STORE_TABLES = "showStoreTables";
    /** Property key of {@link #includeAiSchema()}. */
    public static final String INCLUDE_AI_SCHEMA = "includeAiSchema";
    /** Property key of {@link #mapVectorTypes()}. */
    public static final String MAP_VECTOR_TYPES = "mapVectorTypes";
    /** Property key of {@link #showExtensionObjects()}. */
    public static final String SHOW_EXTENSION_OBJECTS = "showExtensionObjects";

    /** The defaults: store tables, the {@code ai} schema and extension objects hidden, vector types mapped. */
    public static PgaiDatabaseSettings defaults() {
        return new PgaiDatabaseSettings(false, false, true, false);
    }

    /**
     * Reads the settings; keys this class does not know are left to jOOQ.
     *
     * @throws IllegalArgumentException if a known key has a value other than {@code true} or {@code false}
     */
    public static PgaiDatabaseSettings from(Properties properties) {
        PgaiDatabaseSettings d = defaults();
        return new PgaiDatabaseSettings(
                flag(properties, SHOW_STORE_TABLES, d.showStoreTables()),
                flag(properties, INCLUDE_AI_SCHEMA, d.includeAiSchema()),
                flag(properties, MAP_VECTOR_TYPES, d.mapVectorTypes()),
                flag(properties, SHOW_EXTENSION_OBJECTS, d.showExtensionObjects()));
    }

    private static boolean flag(Properties properties, String key, boolean defaultValue) {
        String value = properties.getProperty(key);
        if (value == null) {
            return defaultValue;
        }
        String v = value.trim();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("jOOQ database property " + key + " must be true or false, got: '" + value + "'");
    }
}
