package io.github.jooqpgai.codegen;

import io.github.jooqpgai.vectorizer.config.DestinationTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.meta.Database;
import org.jooq.meta.Definition;
import org.jooq.meta.RoutineDefinition;
import org.jooq.meta.SequenceDefinition;
import org.jooq.meta.TableDefinition;

/**
 * Excludes what pgai manages from code generation: each vectorizer's queue and failed-queue tables and its
 * trigger function, its store table (unless {@link PgaiDatabaseSettings#showStoreTables()}), and the
 * semantic-catalog tables, sequences and functions of the {@code ai} schema.
 */
final class ManagedObjectFilter implements Database.Filter {

    private final Set<QualifiedName> tables = new HashSet<>();
    private final Set<QualifiedName> routines = new HashSet<>();

    private record QualifiedName(String schema, String name) {
    }

    ManagedObjectFilter(List<CatalogVectorizer> vectorizers, PgaiDatabaseSettings settings) {
        for (CatalogVectorizer v : vectorizers) {
            tables.add(new QualifiedName(v.queueSchema(), v.queueTable()));
            tables.add(new QualifiedName(v.queueSchema(), v.failedQueueTable()));
            routines.add(new QualifiedName(v.queueSchema(), v.triggerName()));
            if (!settings.showStoreTables() && v.destination() instanceof DestinationTable t) {
                tables.add(new QualifiedName(t.targetSchema(), t.targetTable()));
            }
        }
    }

    @Override
    public boolean exclude(Definition definition) {
        String schema = definition.getSchema() == null ? "" : definition.getSchema().getName();
        String name = definition.getName();
        if (definition instanceof TableDefinition) {
            return tables.contains(new QualifiedName(schema, name)) || semanticCatalog(schema, name);
        }
        if (definition instanceof RoutineDefinition) {
            return routines.contains(new QualifiedName(schema, name)) || semanticCatalogRoutine(schema, name);
        }
        if (definition instanceof SequenceDefinition) {
            return semanticCatalog(schema, name);
        }
        return false;
    }

    private static boolean semanticCatalog(String schema, String name) {
        return PgaiDatabase.AI_SCHEMA.equals(schema) && name.startsWith("semantic_catalog");
    }

    private static boolean semanticCatalogRoutine(String schema, String name) {
        return PgaiDatabase.AI_SCHEMA.equals(schema) && (name.startsWith("sc_") || name.contains("semantic_catalog"));
    }
}
