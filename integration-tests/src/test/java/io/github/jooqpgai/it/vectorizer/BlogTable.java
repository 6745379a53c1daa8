package io.github.jooqpgai.it.vectorizer;

import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * A hand-written jOOQ table shaped like generated code, for {@code blog(id, title, content)} in a
 * test schema: the typed source for {@code createVectorizer(BLOG)} and {@code Loading.column(BLOG.CONTENT)}.
 *
 * <pre>{@code
 * BlogTable blog = new BlogTable(db.schema(), "blog");
 * pgai.createVectorizer(blog).loading(Loading.column(blog.CONTENT))...
 * }</pre>
 */
final class BlogTable extends TableImpl<Record> {

    private static final long serialVersionUID = 1L;

    final TableField<Record, Integer> ID = createField(DSL.name("id"), SQLDataType.INTEGER.notNull());
    final TableField<Record, String> TITLE = createField(DSL.name("title"), SQLDataType.CLOB.notNull());
    final TableField<Record, String> CONTENT = createField(DSL.name("content"), SQLDataType.CLOB.notNull());

    BlogTable(String schema, String table) {
        super(DSL.name(table), DSL.schema(DSL.name(schema)));
    }
}
