package io.github.jooqpgai.vectorizer;

import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * A table shaped like jOOQ generated code with {@code id} plus the given extra text columns.
 *
 * <pre>{@code
 * TestTable blog = new TestTable("public", "blog", "title", "content");
 * }</pre>
 */
final class TestTable extends TableImpl<Record> {

    private static final long serialVersionUID = 1L;

    final TableField<Record, Integer> ID = createField(DSL.name("id"), SQLDataType.INTEGER);

    TestTable(String schema, String table, String... textColumns) {
        super(DSL.name(table), schema == null ? null : DSL.schema(DSL.name(schema)));
        for (String column : textColumns) {
            createField(DSL.name(column), SQLDataType.CLOB);
        }
    }

    org.jooq.Field<?> column(String name) {
        return field(name);
    }
}
