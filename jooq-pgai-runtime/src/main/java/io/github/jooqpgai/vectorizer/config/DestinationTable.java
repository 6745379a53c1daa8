package io.github.jooqpgai.vectorizer.config;


/**
 * {@code ai.destination_table}: a store table {@code target_schema.target_table} plus a view joining
 * the chunks back to the source. pgai stores the evaluated form (all four names, never
 * {@code destination}).
 *
 * <pre>{@code
 * DestinationTable d = Destination.table("blog_embeddings");      // store blog_embeddings_store, view blog_embeddings
 * DestinationTable e = Destination.table().withTargetSchema("vec").withTargetTable("blog_store").withViewName("blog_vec");
 * }</pre>
 *
 * @param destination base name for store and view, or null
 * @param targetSchema the store's schema (default: the source's), or null
 * @param targetTable the store table (default {@code <destination>_store} or {@code <source>_embedding_store}), or null
 * @param viewSchema the view's schema; pgai 0.12.1 ignores it and always uses the source's schema, so
 *     only the source's schema is accepted
 * @param viewName the view (default {@code <destination>} or {@code <source>_embedding}), or null
 */
public record DestinationTable(String destination, String targetSchema, String targetTable, String viewSchema, String viewName)
        implements Destination {

    /** @throws io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException for an empty or over-long name */
    public DestinationTable {
        PgaiLimits.identifier("destination", destination);
        PgaiLimits.identifier("target_schema", targetSchema);
        PgaiLimits.identifier("target_table", targetTable);
        PgaiLimits.identifier("view_schema", viewSchema);
        PgaiLimits.identifier("view_name", viewName);
    }

    /** A copy with another base name. */
    public DestinationTable withDestination(String destination) {
        return new DestinationTable(destination, targetSchema, targetTable, viewSchema, viewName);
    }

    /** A copy with another store schema. */
    public DestinationTable withTargetSchema(String targetSchema) {
        return new DestinationTable(destination, targetSchema, targetTable, viewSchema, viewName);
    }

    /** A copy with another store table name. */
    public DestinationTable withTargetTable(String targetTable) {
        return new DestinationTable(destination, targetSchema, targetTable, viewSchema, viewName);
    }

    /** A copy with another view schema (must be the source's schema, see the record doc). */
    public DestinationTable withViewSchema(String viewSchema) {
        return new DestinationTable(destination, targetSchema, targetTable, viewSchema, viewName);
    }

    /** A copy with another view name. */
    public DestinationTable withViewName(String viewName) {
        return new DestinationTable(destination, targetSchema, targetTable, viewSchema, viewName);
    }

    /**
     * The form pgai stores for a source {@code sourceSchema.sourceTable}: every name resolved, no
     * {@code destination}. Compare this with a config read back from the database.
     */
    public DestinationTable resolvedFor(String sourceSchema, String sourceTable) {
        String base = destination;
        return new DestinationTable(null,
                targetSchema != null ? targetSchema : sourceSchema,
                targetTable != null ? targetTable : base != null ? base + "_store" : sourceTable + "_embedding_store",
                sourceSchema,
                viewName != null ? viewName : base != null ? base : sourceTable + "_embedding");
    }
}
