package io.github.jooqpgai.codegen;

import io.github.jooqpgai.vectorizer.ManagedObjects;
import io.github.jooqpgai.vectorizer.config.DestinationColumn;
import io.github.jooqpgai.vectorizer.config.DestinationTable;
import io.github.jooqpgai.similarity.DistanceMetric;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.DefaultRelations;
import org.jooq.meta.SchemaDefinition;
import org.jooq.meta.TableDefinition;
import org.jooq.meta.postgres.PostgresDatabase;
import org.jooq.tools.JooqLogger;

/**
 * A pgai-aware {@link PostgresDatabase}. When the database has pgai's {@code ai.vectorizer} catalog it
 * <ul>
 *   <li>hides what pgai manages: store tables, queue and failed-queue tables, trigger functions, the {@code ai}
 *       schema (unless listed as an {@code <inputSchema>} or {@code includeAiSchema=true}) and the semantic
 *       catalog;</li>
 *   <li>gives every embedding view a primary key on {@code embedding_uuid} and a not-enforced foreign key to
 *       its source table's primary key, so {@code BLOG_EMBEDDING.blog()} and {@code BLOG.blogEmbedding()}
 *       paths are generated.</li>
 * </ul>
 * Independently of pgai, objects that belong to an extension (pgvector's ~120 functions and aggregates, any
 * extension's tables, types, ...) are not generated ({@code showExtensionObjects=true} shows them; your own
 * functions taking a {@code vector} stay), and every {@code vector}, {@code halfvec} and {@code sparsevec} column is mapped to
 * jooq-pgai's {@code Vector}, {@code HalfVector} and {@code SparseVector} with a binding that knows the column's
 * dimensions ({@code mapVectorTypes=false} turns that off). Without the {@code ai} schema, without pgvector columns
 * and without extension objects in the generated schemata it generates exactly what {@code PostgresDatabase}
 * generates. Use it with {@link PgaiGenerator}:
 *
 * <pre>{@code
 * <generator>
 *   <name>io.github.jooqpgai.codegen.PgaiGenerator</name>
 *   <database>
 *     <name>io.github.jooqpgai.codegen.PgaiDatabase</name>
 *     <inputSchema>public</inputSchema>
 *   </database>
 * </generator>
 * }</pre>
 */
public class PgaiDatabase extends PostgresDatabase {

    private static final JooqLogger LOG = JooqLogger.getLogger(PgaiDatabase.class);

    /** The schema of pgai's catalog. */
    public static final String AI_SCHEMA = "ai";
    /** The primary key column of every embedding view. */
    public static final String EMBEDDING_UUID = "embedding_uuid";
    /** The vector column of every store table and embedding view. */
    static final String EMBEDDING_COLUMN = "embedding";

    private PgaiDatabaseSettings settings;
    private List<CatalogVectorizer> vectorizers;
    private ManagedObjects managedObjects;
    private ManagedObjectFilter managedObjectFilter;
    private ExtensionMemberFilter extensionMemberFilter;
    private Map<String, VectorColumn> vectorColumns;
    private Map<String, List<VectorIndex>> vectorIndexes;
    private final Map<String, SearchMetrics> searchMetrics = new LinkedHashMap<>();

    /** Creates the database; jOOQ's code generator calls this. */
    public PgaiDatabase() {
        addFilter(definition -> managedObjectFilter().exclude(definition));
        addFilter(definition -> !settings().showExtensionObjects() && ExtensionMemberFilter.handles(definition)
                && extensionMemberFilter().exclude(definition));
    }

    /** The settings from {@code <database><properties>}. */
    public PgaiDatabaseSettings settings() {
        if (settings == null) {
            settings = PgaiDatabaseSettings.from(getProperties());
        }
        return settings;
    }

    /** Every vectorizer in {@code ai.vectorizer}, by id; empty without pgai. */
    List<CatalogVectorizer> vectorizers() {
        if (vectorizers == null) {
            vectorizers = VectorizerCatalogReader.read(create());
        }
        return vectorizers;
    }

    /** The vectorizer whose embedding view {@code table} is, if it is one. */
    Optional<CatalogVectorizer> embeddingViewOf(TableDefinition table) {
        String schema = table.getSchema().getName();
        return vectorizers().stream()
                .filter(v -> v.destination() instanceof DestinationTable t
                        && t.viewSchema().equals(schema) && t.viewName().equals(table.getName()))
                .findFirst();
    }

    /**
     * The vectorizers whose generated constants belong to {@code schema}: those whose embedding view (table
     * destination) or source table (column destination) is generated in it.
     */
    List<CatalogVectorizer> vectorizersPlacedIn(SchemaDefinition schema) {
        return vectorizers().stream().filter(v -> {
            String table = v.destination() instanceof DestinationTable t ? t.viewName() : v.sourceTable();
            String tableSchema = v.destination() instanceof DestinationTable t ? t.viewSchema() : v.sourceSchema();
            return tableSchema.equals(schema.getName()) && getTable(schema, table) != null;
        }).toList();
    }

    /** What this database shows and hides over every input schema: the counts of {@link CodegenSummary}. */
    public CodegenSummary summary() {
        int tables = 0;
        int views = 0;
        int placed = 0;
        int hidden = 0;
        for (SchemaDefinition schema : getSchemata()) {
            for (CatalogVectorizer v : vectorizersPlacedIn(schema)) {
                placed++;
                hidden += 3;
                if (!settings().showStoreTables() && v.destination() instanceof DestinationTable) {
                    hidden++;
                }
            }
            for (TableDefinition table : getTables(schema)) {
                if (embeddingViewOf(table).isPresent()) {
                    views++;
                } else if (!table.isView()) {
                    tables++;
                }
            }
        }
        return new CodegenSummary(tables, views, placed, hidden);
    }

    /** The pgvector column behind {@code column}, with its dimensions, if it is one. */
    Optional<VectorColumn> vectorColumn(ColumnDefinition column) {
        vectorColumnsByName();
        return Optional.ofNullable(vectorColumns.get(key(column.getSchema().getName(), column.getContainer().getName(), column.getName())));
    }

    /**
     * The metrics to generate similarity helpers for on {@code v}'s embedding column (the store table's
     * {@code embedding}, or a column destination's column): one per metric a usable index on that column serves
     * (see {@link VectorIndexReader}), and the configured metric (pgai's indexing opclass, cosine by default).
     * Warns once per vectorizer when indexes exist but none serves the configured metric (the index wins).
     */
    SearchMetrics searchMetrics(CatalogVectorizer v) {
        return searchMetrics.computeIfAbsent(v.name(), name -> {
            SearchMetrics metrics = readSearchMetrics(v);
            metrics.disagreement().ifPresent(why -> LOG.warn("pgai vectorizer index", "vectorizer \"" + name + "\": " + why));
            return metrics;
        });
    }

    private SearchMetrics readSearchMetrics(CatalogVectorizer v) {
        if (vectorIndexes == null) {
            Set<String> schemata = new TreeSet<>();
            for (CatalogVectorizer each : vectorizers()) {
                schemata.add(each.destination() instanceof DestinationTable t ? t.targetSchema() : each.sourceSchema());
            }
            vectorIndexes = VectorIndexReader.read(create(), schemata);
        }
        String indexKey = v.destination() instanceof DestinationTable t
                ? VectorIndexReader.key(t.targetSchema(), t.targetTable(), EMBEDDING_COLUMN)
                : VectorIndexReader.key(v.sourceSchema(), v.sourceTable(), ((DestinationColumn) v.destination()).embeddingColumn());
        DistanceMetric configured = v.indexOpclass().flatMap(DistanceMetric::findByOpclass).orElse(DistanceMetric.COSINE);
        return new SearchMetrics(configured, vectorIndexes.getOrDefault(indexKey, List.of()));
    }

    /**
     * Drops {@code ai} unless it is included explicitly. When no {@code <inputSchema>} is configured, jOOQ builds
     * its input schemata from this very method, and {@link #getInputSchemata()} (then still being filled)
     * does not contain {@code ai}: so "generate all schemata" leaves {@code ai} out, while a configured
     * {@code <inputSchema>ai</inputSchema>} keeps it.
     */
    @Override
    protected List<SchemaDefinition> getSchemata0() throws SQLException {
        List<SchemaDefinition> schemata = new ArrayList<>(super.getSchemata0());
        if (!settings().includeAiSchema() && !getInputSchemata().contains(AI_SCHEMA)) {
            schemata.removeIf(s -> AI_SCHEMA.equals(s.getName()));
        }
        return schemata;
    }

    @Override
    protected List<TableDefinition> getTables0() throws SQLException {
        List<TableDefinition> tables = super.getTables0();
        if (settings().mapVectorTypes()) {
            getConfiguredForcedTypes().addAll(VectorForcedTypes.of(List.copyOf(vectorColumnsByName().values())));
        }
        return tables;
    }

    @Override
    protected void loadPrimaryKeys(DefaultRelations relations) throws SQLException {
        super.loadPrimaryKeys(relations);
        new EmbeddingViewKeys(this, relations).addPrimaryKeys();
    }

    @Override
    protected void loadForeignKeys(DefaultRelations relations) throws SQLException {
        super.loadForeignKeys(relations);
        new EmbeddingViewKeys(this, relations).addForeignKeys();
    }

    private ManagedObjectFilter managedObjectFilter() {
        if (managedObjectFilter == null) {
            managedObjectFilter = new ManagedObjectFilter(managedObjects(), settings());
        }
        return managedObjectFilter;
    }

    private ExtensionMemberFilter extensionMemberFilter() {
        if (extensionMemberFilter == null) {
            extensionMemberFilter = ExtensionMemberFilter.read(create(), managedObjects(), getInputSchemata(), tableValuedFunctions(),
                    getIncludeTriggerRoutines());
        }
        return extensionMemberFilter;
    }

    /** The runtime's listing of what pgai and extensions manage, read once. */
    private ManagedObjects managedObjects() {
        if (managedObjects == null) {
            managedObjects = ManagedObjects.read(create());
        }
        return managedObjects;
    }

    private Map<String, VectorColumn> vectorColumnsByName() {
        if (vectorColumns == null) {
            Map<String, VectorColumn> byName = new LinkedHashMap<>();
            for (VectorColumn c : VectorColumnReader.read(create(), getInputSchemata())) {
                byName.put(key(c.schema(), c.table(), c.column()), withVectorizerDimensions(c));
            }
            vectorColumns = byName;
        }
        return vectorColumns;
    }

    /** A view's vector column usually has no typmod: take the dimensions from the vectorizer that owns it. */
    private VectorColumn withVectorizerDimensions(VectorColumn c) {
        if (c.dimensionsDeclared()) {
            return c;
        }
        for (CatalogVectorizer v : vectorizers()) {
            boolean owned;
            if (v.destination() instanceof DestinationTable t) {
                owned = EMBEDDING_COLUMN.equals(c.column())
                        && (t.viewSchema().equals(c.schema()) && t.viewName().equals(c.table())
                            || t.targetSchema().equals(c.schema()) && t.targetTable().equals(c.table()));
            } else {
                DestinationColumn d = (DestinationColumn) v.destination();
                owned = d.embeddingColumn().equals(c.column())
                        && v.sourceSchema().equals(c.schema()) && v.sourceTable().equals(c.table());
            }
            if (owned) {
                return c.withDimensions(v.embedding().dimensions());
            }
        }
        return c;
    }

    private static String key(String schema, String table, String column) {
        return schema + '\u0000' + table + '\u0000' + column;
    }
}
