package io.github.jooqpgai.vectorizer;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The objects of a live database that pgai or an extension manages, read from {@code ai.vectorizer} and the
 * catalog in one place: per vectorizer its store table and view (by the names pgai stored, so also the default
 * {@code <table>_embedding_store} / {@code <table>_embedding}), queue and failed-queue tables, trigger function
 * and the triggers on its source; the {@code ai} schema with everything in it; and every relation and type that
 * belongs to an extension. The code generator's filter and {@code PgaiMeta.withoutManagedObjects} are built on
 * it, so codegen and schema diffs leave out the same objects.
 *
 * <pre>{@code
 * ManagedObjects managed = ManagedObjects.read(dsl);
 * managed.isManagedRelation("public", "blog_embedding_store"); // true
 * managed.isManagedSchema("ai");                              // true when pgai is installed
 * }</pre>
 *
 * @param pgaiInstalled      whether {@code ai.vectorizer} exists (only then is {@code ai} a managed schema)
 * @param vectorizers        the objects of each vectorizer, by id
 * @param extensionRelations tables, views and sequences that belong to an extension
 * @param extensionTypes     types that belong to an extension (incl. the row types of its relations)
 */
public record ManagedObjects(boolean pgaiInstalled, List<Vectorizer> vectorizers, Set<QualifiedName> extensionRelations,
        Set<QualifiedName> extensionTypes) {

    /** The schema of pgai's catalog. */
    public static final String AI_SCHEMA = "ai";

    private static final String VECTORIZERS = """
            select v.name::text, v.source_schema::text, v.source_table::text,
                   v.config->'destination'->>'implementation',
                   v.config->'destination'->>'target_schema', v.config->'destination'->>'target_table',
                   v.config->'destination'->>'view_schema', v.config->'destination'->>'view_name',
                   v.queue_schema::text, v.queue_table::text, v.queue_failed_table::text, v.trigger_name::text,
                   array(select t.tgname::text
                         from pg_catalog.pg_trigger t
                         join pg_catalog.pg_proc p on p.oid = t.tgfoid
                         join pg_catalog.pg_namespace pn on pn.oid = p.pronamespace
                         where pn.nspname = v.queue_schema and p.proname = v.trigger_name and not t.tgisinternal
                         order by t.tgname)
            from ai.vectorizer v
            order by v.id""";
    private static final String IS_MEMBER = """
            exists (select 1 from pg_catalog.pg_depend d
                    where d.classid = '%s'::regclass and d.objid = %s
                      and d.refclassid = 'pg_catalog.pg_extension'::regclass and d.deptype = 'e')""";
    private static final String EXTENSION_RELATIONS = """
            select n.nspname::text, c.relname::text
            from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and %s""".formatted(IS_MEMBER.formatted("pg_catalog.pg_class", "c.oid"));
    private static final String EXTENSION_TYPES = """
            select n.nspname::text, t.typname::text
            from pg_catalog.pg_type t join pg_catalog.pg_namespace n on n.oid = t.typnamespace
            where %s or t.typrelid <> 0 and %s""".formatted(IS_MEMBER.formatted("pg_catalog.pg_type", "t.oid"),
            IS_MEMBER.formatted("pg_catalog.pg_class", "t.typrelid"));

    /** A schema-qualified name as stored in the catalog (not quoted, case as is). */
    public record QualifiedName(String schema, String name) {

        /** @throws NullPointerException for a null part */
        public QualifiedName {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return schema + "." + name;
        }
    }

    /**
     * The objects pgai made for one vectorizer.
     *
     * @param name             the vectorizer name
     * @param source           the source table
     * @param storeTable       the store table, null for a column destination
     * @param view             the embedding view, null for a column destination
     * @param queueTable       the queue table
     * @param failedQueueTable the failed-queue table
     * @param triggerFunction  the trigger function (in the queue schema)
     * @param sourceTriggers   the triggers on the source that call it
     */
    public record Vectorizer(String name, QualifiedName source, QualifiedName storeTable, QualifiedName view, QualifiedName queueTable,
            QualifiedName failedQueueTable, QualifiedName triggerFunction, List<String> sourceTriggers) {

        /** @throws NullPointerException for a null part other than the store table and view */
        public Vectorizer {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(queueTable, "queueTable");
            Objects.requireNonNull(failedQueueTable, "failedQueueTable");
            Objects.requireNonNull(triggerFunction, "triggerFunction");
            sourceTriggers = List.copyOf(sourceTriggers);
        }

        /** The relations pgai made: store table and view (if any), queue and failed queue. */
        public List<QualifiedName> relations() {
            return Stream.of(storeTable, view, queueTable, failedQueueTable).filter(Objects::nonNull).toList();
        }
    }

    /** Copies the collections. */
    public ManagedObjects {
        vectorizers = List.copyOf(vectorizers);
        extensionRelations = Set.copyOf(extensionRelations);
        extensionTypes = Set.copyOf(extensionTypes);
    }

    /** Reads the managed objects of the database {@code dsl} is connected to; without pgai, only the extension members. */
    public static ManagedObjects read(DSLContext dsl) {
        boolean installed = Boolean.TRUE.equals(dsl.fetchValue("select to_regclass('ai.vectorizer') is not null", Boolean.class));
        List<Vectorizer> vectorizers = installed ? dsl.fetch(VECTORIZERS).map(ManagedObjects::vectorizer) : List.of();
        return new ManagedObjects(installed, vectorizers, names(dsl.fetch(EXTENSION_RELATIONS)), names(dsl.fetch(EXTENSION_TYPES)));
    }

    /** Whether the whole schema is managed: {@code ai}, when pgai is installed. */
    public boolean isManagedSchema(String schema) {
        return pgaiInstalled && AI_SCHEMA.equals(schema);
    }

    /**
     * Whether the table, view or sequence is managed: in the {@code ai} schema, one of a vectorizer's
     * {@link Vectorizer#relations()}, or an extension member.
     */
    public boolean isManagedRelation(String schema, String name) {
        QualifiedName relation = new QualifiedName(schema, name);
        return isManagedSchema(schema) || extensionRelations.contains(relation)
                || vectorizers.stream().anyMatch(v -> v.relations().contains(relation));
    }

    /** Whether the function is a vectorizer's trigger function or in the {@code ai} schema. */
    public boolean isManagedRoutine(String schema, String name) {
        QualifiedName routine = new QualifiedName(schema, name);
        return isManagedSchema(schema) || vectorizers.stream().anyMatch(v -> v.triggerFunction().equals(routine));
    }

    /** Whether the type is in the {@code ai} schema or belongs to an extension. */
    public boolean isManagedType(String schema, String name) {
        return isManagedSchema(schema) || extensionTypes.contains(new QualifiedName(schema, name));
    }

    private static Vectorizer vectorizer(Record r) {
        String sourceSchema = r.get(1, String.class);
        boolean table = "table".equals(r.get(3, String.class));
        String queueSchema = r.get(8, String.class);
        return new Vectorizer(r.get(0, String.class), new QualifiedName(sourceSchema, r.get(2, String.class)),
                table ? name(r.get(4, String.class), r.get(5, String.class)) : null,
                table ? name(r.get(6, String.class), r.get(7, String.class)) : null,
                new QualifiedName(queueSchema, r.get(9, String.class)), new QualifiedName(queueSchema, r.get(10, String.class)),
                new QualifiedName(queueSchema, r.get(11, String.class)), List.of(r.get(12, String[].class)));
    }

    private static QualifiedName name(String schema, String name) {
        return schema == null || name == null ? null : new QualifiedName(schema, name);
    }

    private static Set<QualifiedName> names(Iterable<Record> rows) {
        Set<QualifiedName> result = new HashSet<>();
        rows.forEach(r -> result.add(new QualifiedName(r.get(0, String.class), r.get(1, String.class))));
        return result;
    }
}
