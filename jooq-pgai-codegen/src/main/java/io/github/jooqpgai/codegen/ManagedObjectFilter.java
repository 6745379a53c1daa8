package io.github.jooqpgai.codegen;

import io.github.jooqpgai.vectorizer.ManagedObjects;
import io.github.jooqpgai.vectorizer.ManagedObjects.QualifiedName;
import java.util.HashSet;
import java.util.Set;
import org.jooq.meta.Database;
import org.jooq.meta.Definition;
import org.jooq.meta.RoutineDefinition;
import org.jooq.meta.SequenceDefinition;
import org.jooq.meta.TableDefinition;

/**
 * Excludes what pgai manages from code generation: each vectorizer's queue and failed-queue tables and its
 * trigger function, its store table (unless {@link PgaiDatabaseSettings#showStoreTables()}), and the
 * semantic-catalog tables, sequences and functions of the {@code ai} schema. The objects come from the runtime's
 * {@link ManagedObjects}, the listing schema diffs use too.
 */
final class ManagedObjectFilter implements Database.Filter {

    private final Set<QualifiedName> tables = new HashSet<>();
    private final Set<QualifiedName> routines = new HashSet<>();

    ManagedObjectFilter(ManagedObjects managed, PgaiDatabaseSettings settings) {
        for (ManagedObjects.Vectorizer v : managed.vectorizers()) {
            tables.add(v.queueTable());
            tables.add(v.failedQueueTable());
            routines.add(v.triggerFunction());
            if (!settings.showStoreTables() && v.storeTable() != null) {
                tables.add(v.storeTable());
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
