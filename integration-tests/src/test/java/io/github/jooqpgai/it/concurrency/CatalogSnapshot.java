package io.github.jooqpgai.it.concurrency;

import io.github.jooqpgai.it.support.PgaiTestSchema;
import java.util.List;

/**
 * Everything a vectorizer whose source and queue live in a test schema can create, as sorted lines:
 * relations, columns, triggers and functions of the schema and its {@code ai.vectorizer} rows. Limited to
 * the schema so that other test classes running at the same time on the shared database do not show.
 *
 * <pre>{@code
 * List<String> before = CatalogSnapshot.of(db);
 * // ... something that must leave nothing behind
 * assertThat(CatalogSnapshot.of(db)).isEqualTo(before);
 * }</pre>
 */
final class CatalogSnapshot {

    private CatalogSnapshot() {
    }

    static List<String> of(PgaiTestSchema db) {
        String schema = db.schema();
        return db.values(String.class, """
                select 'rel ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = ?
                union all
                select 'col ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                  from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = ? and a.attnum > 0 and not a.attisdropped
                union all
                select 'trg ' || c.relname || '.' || t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                  join pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and not t.tgisinternal
                union all
                select 'fn ' || n.nspname || '.' || p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname = ?
                union all
                select 'vec ' || id || ' ' || name || ' ' || config::text from ai.vectorizer where source_schema = ?
                order by 1""", schema, schema, schema, schema, schema);
    }
}
