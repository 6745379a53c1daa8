package io.github.jooqpgai;

import io.github.jooqpgai.vectorizer.ManagedObjects;
import org.jooq.Meta;
import org.jooq.Named;
import org.jooq.Qualified;

/**
 * jOOQ {@link Meta} without what pgai and extensions manage (Alembic's {@code include_object} rule, done for
 * you): the {@code ai} schema, each vectorizer's store table, view, queue and failed queue, and extension
 * members, as listed by {@link ManagedObjects}. {@code migrateTo}/{@code diff} on the result never propose to
 * drop or create them. (jOOQ's {@code Meta} has no triggers or functions, so trigger functions and source
 * triggers never show up in a diff anyway.)
 *
 * <pre>{@code
 * ManagedObjects managed = pgai.managedObjects();
 * Meta current = PgaiMeta.withoutManagedObjects(pgai.meta(), managed);
 * Meta target = PgaiMeta.withoutManagedObjects(pgai.meta(Source.resolve("schema.sql")), managed);
 * Queries migration = current.migrateTo(target); // never drops ai.*, store tables or embedding views
 * }</pre>
 */
public final class PgaiMeta {

    private PgaiMeta() {
    }

    /** {@code meta} without the schemas, tables, views, sequences and domains {@code managed} lists. */
    public static Meta withoutManagedObjects(Meta meta, ManagedObjects managed) {
        return meta
                .filterSchemas(schema -> !managed.isManagedSchema(schema.getName()))
                .filterTables(table -> !managed.isManagedRelation(schemaOf(table), table.getName()))
                .filterSequences(sequence -> !managed.isManagedRelation(schemaOf(sequence), sequence.getName()))
                .filterDomains(domain -> !managed.isManagedType(schemaOf(domain), domain.getName()));
    }

    private static String schemaOf(Qualified object) {
        Named schema = object.getSchema();
        return schema == null ? "" : schema.getName();
    }
}
