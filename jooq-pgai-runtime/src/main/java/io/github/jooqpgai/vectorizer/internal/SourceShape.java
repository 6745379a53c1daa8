package io.github.jooqpgai.vectorizer.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UniqueKey;

/**
 * What the Java checks know about a source table: its columns with their types and its primary key
 * columns, either from a jOOQ table (generated code) or read from the catalog at execute time.
 *
 * @param name the table's name (for messages)
 * @param schema the table's schema, or null when unknown
 * @param columns every column and its type, in table order; empty when unknown (e.g. a {@code DSL.name} source)
 * @param primaryKey the primary key's columns; empty when unknown or when there is none
 */
record SourceShape(String name, String schema, Map<String, DataType<?>> columns, List<String> primaryKey) {

    SourceShape {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        primaryKey = List.copyOf(primaryKey);
    }

    /** The shape a jOOQ table declares: its fields and its primary key, as far as they are known. */
    static SourceShape of(Table<?> table) {
        Map<String, DataType<?>> columns = new LinkedHashMap<>();
        Arrays.stream(table.fields()).forEach(f -> columns.put(f.getName(), f.getDataType()));
        UniqueKey<?> key = table.getPrimaryKey();
        List<String> primaryKey = key == null ? List.of() : key.getFields().stream().map(Field::getName).toList();
        return new SourceShape(table.getName(), table.getSchema() == null ? null : table.getSchema().getName(), columns, primaryKey);
    }

    boolean columnsKnown() {
        return !columns.isEmpty();
    }

    /** {@code schema.name} for messages. */
    String qualifiedName() {
        return schema == null ? name : schema + "." + name;
    }
}
