package io.github.jooqpgai.codegen;

import io.github.jooqpgai.vectorizer.config.DestinationTable;
import java.util.List;
import java.util.Optional;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.DefaultRelations;
import org.jooq.meta.SchemaDefinition;
import org.jooq.meta.TableDefinition;

/**
 * Adds the synthetic keys of embedding views: a primary key on {@code embedding_uuid} and a not-enforced
 * foreign key from the view's copy of the source key columns to the source table's primary key. Shown store
 * tables get the same foreign key. Each key is added once per load (jOOQ appends columns on repeated calls), and
 * no lookup on {@link DefaultRelations} is made while loading: its lookups build caches on first use that would
 * then miss keys added later.
 */
final class EmbeddingViewKeys {

    private final PgaiDatabase database;
    private final DefaultRelations relations;

    EmbeddingViewKeys(PgaiDatabase database, DefaultRelations relations) {
        this.database = database;
        this.relations = relations;
    }

    void addPrimaryKeys() {
        for (CatalogVectorizer v : database.vectorizers()) {
            if (v.destination() instanceof DestinationTable t) {
                table(t.viewSchema(), t.viewName()).ifPresent(view -> {
                    ColumnDefinition uuid = view.getColumn(PgaiDatabase.EMBEDDING_UUID);
                    if (uuid != null) {
                        relations.addPrimaryKey(t.viewName() + "_pkey", view, uuid, true);
                    }
                });
            }
        }
    }

    void addForeignKeys() {
        for (CatalogVectorizer v : database.vectorizers()) {
            Optional<TableDefinition> source = table(v.sourceSchema(), v.sourceTable());
            if (!(v.destination() instanceof DestinationTable t) || source.isEmpty() || v.sourcePkName().isEmpty()) {
                continue;
            }
            table(t.viewSchema(), t.viewName())
                    .ifPresent(view -> addForeignKey(t.viewName() + "_" + v.sourceTable() + "_fkey", view, source.get(), v));
            if (database.settings().showStoreTables()) {
                table(t.targetSchema(), t.targetTable())
                        .ifPresent(store -> addForeignKey(t.targetTable() + "_" + v.sourceTable() + "_fkey", store, source.get(), v));
            }
        }
    }

    /** Adds the key column by column; relations' lookups are not used here because they cache on first call. */
    private void addForeignKey(String name, TableDefinition from, TableDefinition to, CatalogVectorizer v) {
        List<ColumnDefinition> toColumns = v.sourcePk().stream().map(to::getColumn).toList();
        List<ColumnDefinition> fromColumns = v.sourcePk().stream().map(from::getColumn).toList();
        if (toColumns.contains(null) || fromColumns.contains(null)) {
            return;
        }
        for (int i = 0; i < toColumns.size(); i++) {
            relations.addForeignKey(name, from, fromColumns.get(i), v.sourcePkName(), to, toColumns.get(i), false);
        }
    }

    private Optional<TableDefinition> table(String schema, String name) {
        SchemaDefinition s = database.getSchema(schema);
        return s == null ? Optional.empty() : Optional.ofNullable(database.getTable(s, name));
    }
}
