package io.github.jooqpgai.codegen;

import java.util.List;
import java.util.Optional;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.DefaultRelations;
import org.jooq.meta.SchemaDefinition;
import org.jooq.meta.TableDefinition;
import org.jooq.meta.UniqueKeyDefinition;

/**
 * Adds the synthetic keys of embedding views: a primary key on {@code embedding_uuid} and a not-enforced
 * foreign key from the view's copy of the source key columns to the source table's primary key. Shown store
 * tables get the same foreign key. Each key is added once per load (jOOQ appends columns on repeated calls).
 */
final class EmbeddingViewKeys {

    private final PgaiDatabase database;
    private final DefaultRelations relations;

    EmbeddingViewKeys(PgaiDatabase database, DefaultRelations relations) {
        this.database = database;
        this.relations = relations;
    }

    void addPrimaryKeys() {
        for (PgaiVectorizer v : database.vectorizers()) {
            if (v.destination() instanceof PgaiVectorizer.TableDestination t) {
                table(t.viewSchema(), t.viewName()).ifPresent(view -> {
                    ColumnDefinition uuid = view.getColumn(PgaiDatabase.EMBEDDING_UUID);
                    if (uuid != null && primaryKey(view).isEmpty()) {
                        relations.addPrimaryKey(t.viewName() + "_pkey", view, uuid, true);
                    }
                });
            }
        }
    }

    void addForeignKeys() {
        for (PgaiVectorizer v : database.vectorizers()) {
            if (v.destination() instanceof PgaiVectorizer.TableDestination t) {
                Optional<TableDefinition> source = table(v.sourceSchema(), v.sourceTable());
                Optional<UniqueKeyDefinition> sourcePk = source.flatMap(this::primaryKey);
                if (sourcePk.isEmpty()) {
                    continue;
                }
                table(t.viewSchema(), t.viewName())
                        .ifPresent(view -> addForeignKey(t.viewName() + "_" + v.sourceTable() + "_fkey", view, source.get(), sourcePk.get()));
                if (database.settings().showStoreTables()) {
                    table(t.targetSchema(), t.targetTable())
                            .ifPresent(store -> addForeignKey(t.targetTable() + "_" + v.sourceTable() + "_fkey", store, source.get(), sourcePk.get()));
                }
            }
        }
    }

    private void addForeignKey(String name, TableDefinition from, TableDefinition to, UniqueKeyDefinition pk) {
        List<ColumnDefinition> keyColumns = pk.getKeyColumns();
        List<ColumnDefinition> fromColumns = keyColumns.stream().map(c -> from.getColumn(c.getName())).toList();
        if (fromColumns.stream().anyMatch(c -> c == null)) {
            return;
        }
        for (int i = 0; i < keyColumns.size(); i++) {
            relations.addForeignKey(name, from, fromColumns.get(i), pk.getName(), to, keyColumns.get(i), false);
        }
    }

    private Optional<UniqueKeyDefinition> primaryKey(TableDefinition table) {
        return relations.getKeys(table).stream().filter(UniqueKeyDefinition::isPrimaryKey).findFirst();
    }

    private Optional<TableDefinition> table(String schema, String name) {
        SchemaDefinition s = database.getSchema(schema);
        return s == null ? Optional.empty() : Optional.ofNullable(database.getTable(s, name));
    }
}
