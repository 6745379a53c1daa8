package io.github.jooqpgai.generated;

import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.impl.TableRecordImpl;

/**
 * The base class of generated records of pgai embedding views. pgai's worker writes the store table; the
 * view is for reading, so its records are {@link org.jooq.TableRecord}s, not updatable records: there is no
 * {@code store()}, {@code update()}, {@code delete()} or {@code refresh()}. Setters and
 * {@code TableRecord.insert()} exist as on every jOOQ table record, but PostgreSQL rejects an insert into
 * pgai's view (it joins the store and the source: SQLSTATE 55000, "cannot insert into view"). {@link #key()}
 * still returns the view's {@code embedding_uuid} (its synthetic primary key).
 *
 * <pre>{@code
 * BlogEmbeddingRecord r = dsl.selectFrom(BLOG_EMBEDDING).limit(1).fetchOne();
 * UUID id = r.key().value1();
 * }</pre>
 *
 * @param <R> the generated record type
 */
public abstract class EmbeddingViewRecord<R extends EmbeddingViewRecord<R>> extends TableRecordImpl<R> {

    private static final long serialVersionUID = 1L;

    /** For generated subclasses. */
    protected EmbeddingViewRecord(Table<R> table) {
        super(table);
    }

    /**
     * The values of the view's primary key ({@code embedding_uuid}).
     *
     * @throws IllegalStateException if the view table has no primary key
     */
    public Record key() {
        UniqueKey<R> pk = getTable().getPrimaryKey();
        if (pk == null) {
            throw new IllegalStateException("embedding view " + getTable().getName() + " has no primary key");
        }
        return into(pk.getFieldsArray());
    }
}
