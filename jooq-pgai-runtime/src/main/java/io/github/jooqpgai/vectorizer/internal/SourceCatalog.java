package io.github.jooqpgai.vectorizer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.exception.SQLDialectNotSupportedException;
import org.jooq.impl.DefaultDataType;
import org.jooq.impl.SQLDataType;

/**
 * Reads a source table's columns, types and primary key from {@code pg_catalog}, resolving the table
 * exactly as {@code ai.create_vectorizer}'s {@code source => ...::regclass} will (same rendering, same
 * connection), so a source named only by {@code DSL.name(...)} gets the same Java checks as generated
 * code. A table that does not exist fails here with PostgreSQL's own error (42P01), as pgai would.
 */
final class SourceCatalog {

    private static final String COLUMNS = """
            select n.nspname, c.relname, a.attname, t.typname, coalesce(a.attnum = any(k.conkey), false) as primary_key
            from pg_catalog.pg_class c
            join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            left join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
            left join pg_catalog.pg_type t on t.oid = a.atttypid
            left join pg_catalog.pg_constraint k on k.conrelid = c.oid and k.contype = 'p'
            where c.oid = {0}
            order by a.attnum""";

    private SourceCatalog() {
    }

    static SourceShape read(DSLContext dsl, Table<?> source) {
        Result<Record> rows = dsl.fetch(COLUMNS, PgaiSql.regclass(source));
        Map<String, DataType<?>> columns = new LinkedHashMap<>();
        List<String> primaryKey = new ArrayList<>();
        for (Record row : rows) {
            String column = row.get(2, String.class);
            if (column == null) {
                continue;
            }
            columns.put(column, dataType(row.get(3, String.class)));
            if (Boolean.TRUE.equals(row.get(4, Boolean.class))) {
                primaryKey.add(column);
            }
        }
        Record first = rows.get(0);
        return new SourceShape(first.get(1, String.class), first.get(0, String.class), columns, primaryKey);
    }

    /** jOOQ's type for a PostgreSQL type name; {@code OTHER} for types jOOQ does not know (domains, enums, extensions). */
    private static DataType<?> dataType(String typeName) {
        try {
            return DefaultDataType.getDataType(SQLDialect.POSTGRES, typeName);
        } catch (SQLDialectNotSupportedException e) {
            return SQLDataType.OTHER;
        }
    }
}
