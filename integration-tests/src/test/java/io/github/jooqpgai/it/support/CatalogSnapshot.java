package io.github.jooqpgai.it.support;

import java.util.List;

/**
 * Everything a vectorizer creates for sources in one schema, as sorted lines: the schema's relations,
 * columns, triggers, functions and grants, the {@code ai.vectorizer} rows of its tables, and any queue
 * table or trigger function in {@code ai} whose vectorizer id has no {@code ai.vectorizer} row (what a
 * half-finished create or drop would leave). Other sessions' vectorizers on the shared database do not
 * show up, so two snapshots are equal unless this schema's objects changed. The id sequence is not
 * included: a rolled-back create consumes an id, by design.
 *
 * <pre>{@code
 * List<String> before = CatalogSnapshot.of(db, db.schema());
 * // ... an operation that fails
 * assertThat(CatalogSnapshot.of(db, db.schema())).isEqualTo(before);
 * }</pre>
 */
public final class CatalogSnapshot {

    private CatalogSnapshot() {
    }

    public static List<String> of(PgaiTestSchema db, String schema) {
        return db.values(String.class, """
                select 'rel ' || c.relname || ' ' || c.relkind::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = ?
                union all
                select 'col ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                  from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = ? and a.attnum > 0 and not a.attisdropped
                union all
                select 'trg ' || c.relname || '.' || t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                  join pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and not t.tgisinternal
                union all
                select 'fn ' || p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = ?
                union all
                select 'acl ' || c.relname || ' ' || coalesce(c.relacl::text, '') from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = ?
                union all
                select 'vec ' || id || ' ' || name || ' ' || config::text from ai.vectorizer where source_schema = ?
                union all
                select 'orphan ai rel ' || c.relname from pg_class c
                 where c.relnamespace = 'ai'::regnamespace and c.relname ~ '^_vectorizer_.*_[0-9]+$'
                   and not exists (select from ai.vectorizer v where v.id = substring(c.relname from '_([0-9]+)$')::int)
                union all
                select 'orphan ai fn ' || p.proname from pg_proc p
                 where p.pronamespace = 'ai'::regnamespace and p.proname ~ '^_vectorizer_.*_[0-9]+$'
                   and not exists (select from ai.vectorizer v where v.id = substring(p.proname from '_([0-9]+)$')::int)
                order by 1""", schema, schema, schema, schema, schema, schema);
    }
}
