package io.github.jooqpgai.codegen;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import io.github.jooqpgai.vectorizer.ManagedObjects;
import io.github.jooqpgai.vectorizer.ManagedObjects.QualifiedName;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.meta.Database;
import org.jooq.meta.Definition;
import org.jooq.meta.DomainDefinition;
import org.jooq.meta.EnumDefinition;
import org.jooq.meta.RoutineDefinition;
import org.jooq.meta.SequenceDefinition;
import org.jooq.meta.TableDefinition;
import org.jooq.meta.UDTDefinition;

/**
 * Excludes objects that belong to an extension (a {@code pg_depend} row of {@code deptype 'e'} on a
 * {@code pg_extension}): pgvector's ~120 functions and aggregates (which jOOQ would generate as
 * {@code routines.Vector}, {@code routines.Halfvec}, ..., clashing with jooq-pgai's types on wildcard imports)
 * and any extension's tables, views, sequences, enums, domains, composite types and table-valued functions. An
 * object of your own stays, also when it takes or returns a {@code vector}, and also when it overloads an
 * extension function's name.
 *
 * <pre>{@code
 * database.addFilter(ExtensionMemberFilter.read(ctx, ManagedObjects.read(ctx), inputSchemata, true, false));
 * }</pre>
 */
final class ExtensionMemberFilter implements Database.Filter {

    private static final String IS_MEMBER = """
            exists (select 1 from pg_catalog.pg_depend d
                    where d.classid = '%s'::regclass and d.objid = %s
                      and d.refclassid = 'pg_catalog.pg_extension'::regclass and d.deptype = 'e')""";

    /** A routine as jOOQ names it: schema, name and overload index (null when the name is not overloaded). */
    private record RoutineKey(String schema, String name, String overload) {
    }

    private final Set<QualifiedName> relations;
    private final Set<QualifiedName> types;
    private final Set<RoutineKey> routines;
    private final Set<QualifiedName> tableValuedFunctions;

    private ExtensionMemberFilter(Set<QualifiedName> relations, Set<QualifiedName> types, Set<RoutineKey> routines,
            Set<QualifiedName> tableValuedFunctions) {
        this.relations = relations;
        this.types = types;
        this.routines = routines;
        this.tableValuedFunctions = tableValuedFunctions;
    }

    /**
     * The extension members: relations and types from the runtime's {@link ManagedObjects} listing, routines of
     * {@code schemata} read here. The routine overload index is computed exactly as jOOQ's
     * {@code PostgresDatabase.getRoutines0()} computes it (same rows, same window), since a
     * {@link RoutineDefinition} carries no oid: {@code tableValuedFunctions} and {@code includeTriggerRoutines} are
     * the database's settings that decide which rows jOOQ numbers.
     */
    static ExtensionMemberFilter read(DSLContext ctx, ManagedObjects managed, Collection<String> schemata, boolean tableValuedFunctions,
            boolean includeTriggerRoutines) {
        Object names = schemata.toArray(String[]::new);
        Set<QualifiedName> relations = managed.extensionRelations();
        Set<QualifiedName> types = managed.extensionTypes();
        Set<RoutineKey> routines = new HashSet<>();
        for (Record r : ctx.fetch("""
                select schema, name, overload from (
                    select r.routine_schema::text as schema, r.routine_name::text as name,
                           case when count(*) over (partition by r.routine_schema, r.routine_name) > 1
                                then row_number() over (partition by r.routine_schema, r.routine_name order by r.specific_name)
                           end::text as overload,
                           %s as member
                    from information_schema.routines r
                    join pg_catalog.pg_namespace n on n.nspname = r.specific_schema
                    join pg_catalog.pg_proc p on p.pronamespace = n.oid and nameconcatoid(p.proname, p.oid) = r.specific_name
                    where r.routine_schema = any({0}::text[])
                      and (not {1} or not p.proretset)
                      and ({2} or r.data_type is distinct from 'trigger')) numbered
                where member""".formatted(member("pg_catalog.pg_proc", "p.oid")),
                DSL.val(names), DSL.val(tableValuedFunctions), DSL.val(includeTriggerRoutines))) {
            routines.add(new RoutineKey(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class)));
        }
        Set<QualifiedName> setReturning = names(ctx.fetch("""
                select n.nspname::text, p.proname::text
                from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
                where n.nspname = any({0}::text[]) and p.proretset
                group by 1, 2
                having bool_and(%s)""".formatted(member("pg_catalog.pg_proc", "p.oid")), DSL.val(names)));
        return new ExtensionMemberFilter(relations, types, routines, setReturning);
    }

    private static Set<QualifiedName> names(Iterable<Record> rows) {
        Set<QualifiedName> result = new HashSet<>();
        rows.forEach(r -> result.add(new QualifiedName(r.get(0, String.class), r.get(1, String.class))));
        return result;
    }

    private static String member(String catalog, String oid) {
        return IS_MEMBER.formatted(catalog, oid);
    }

    /**
     * Whether {@link #exclude} can exclude {@code definition}: routines, tables (also table-valued functions),
     * sequences and user-defined types. Check it before reading, as schemata are filtered before the input schemata
     * are known.
     */
    static boolean handles(Definition definition) {
        return definition.getSchema() != null && (definition instanceof RoutineDefinition || definition instanceof TableDefinition
                || definition instanceof SequenceDefinition || definition instanceof UDTDefinition
                || definition instanceof EnumDefinition || definition instanceof DomainDefinition);
    }

    @Override
    public boolean exclude(Definition definition) {
        if (!handles(definition)) {
            return false;
        }
        String schema = definition.getSchema().getName();
        String name = definition.getName();
        if (definition instanceof RoutineDefinition routine) {
            return routines.contains(new RoutineKey(schema, name, routine.getOverload()));
        }
        if (definition instanceof TableDefinition table && table.isTableValuedFunction()) {
            return tableValuedFunctions.contains(new QualifiedName(schema, name));
        }
        if (definition instanceof TableDefinition || definition instanceof SequenceDefinition) {
            return relations.contains(new QualifiedName(schema, name));
        }
        return types.contains(new QualifiedName(schema, name));
    }

    @Override
    public String toString() {
        return "ExtensionMemberFilter[" + relations.size() + " relations, " + types.size() + " types, " + routines.size() + " routines, "
                + tableValuedFunctions.size() + " table-valued functions]";
    }
}
