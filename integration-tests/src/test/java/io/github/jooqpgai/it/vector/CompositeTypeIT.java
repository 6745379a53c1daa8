package io.github.jooqpgai.it.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import io.github.jooqpgai.similarity.VectorTypes;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UDTField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.UDTImpl;
import org.jooq.impl.UDTRecordImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A PostgreSQL composite type with pgvector attributes, as a jOOQ UDT (written the way jOOQ's code generator
 * writes one): read and written through jOOQ with the vector bindings on its attributes. With PostgreSQL,
 * jOOQ reads and writes composite values in their text form and converts each attribute with the binding's
 * converter; pgjdbc has no {@code SQLData} support, so the bindings' {@code SQLInput}/{@code SQLOutput}
 * methods are not reached.
 */
@PgaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompositeTypeIT {

    /** {@code create type labelled as (label text, v vector(3), h halfvec(2), s sparsevec(4))}. */
    static final class Labelled extends UDTImpl<LabelledRecord> {
        private static final long serialVersionUID = 1L;
        static Labelled LABELLED;

        final UDTField<LabelledRecord, String> label = createField(name("label"), SQLDataType.CLOB, this, "");
        final UDTField<LabelledRecord, Vector> v = createField(name("v"), VectorTypes.vector(3), this, "");
        final UDTField<LabelledRecord, HalfVector> h = createField(name("h"), VectorTypes.halfvec(2), this, "");
        final UDTField<LabelledRecord, SparseVector> s = createField(name("s"), VectorTypes.sparsevec(4), this, "");

        Labelled(String schema) {
            super(name("labelled"), DSL.schema(name(schema)));
        }

        @Override
        public Class<LabelledRecord> getRecordType() {
            return LabelledRecord.class;
        }
    }

    /** The UDT's record. */
    public static final class LabelledRecord extends UDTRecordImpl<LabelledRecord> {
        private static final long serialVersionUID = 1L;

        public LabelledRecord() {
            super(Labelled.LABELLED);
        }
    }

    private Table<Record> items;
    private Field<Integer> id;
    private Field<LabelledRecord> value;

    @BeforeAll
    void createType(PgaiTestSchema db) {
        db.dsl().execute("create type labelled as (label text, v vector(3), h halfvec(2), s sparsevec(4))");
        db.dsl().execute("create table labelled_items (id int primary key, value labelled)");
        Labelled.LABELLED = new Labelled(db.schema());
        items = table(name("labelled_items"));
        id = field(name("labelled_items", "id"), SQLDataType.INTEGER);
        value = field(name("labelled_items", "value"), Labelled.LABELLED.getDataType());
    }

    @Test
    void aCompositeValueWrittenInSqlIsReadThroughJooq(PgaiTestSchema db) {
        db.dsl().execute("insert into labelled_items values (1, row('a, \"quoted\" label', '[1.5,-2,3e-7]', '[0.5,1]', '{2:2.5}/4')::labelled)");

        LabelledRecord r = db.dsl().select(value).from(items).where(id.eq(1)).fetchSingle(value);

        Labelled t = Labelled.LABELLED;
        assertThat(r.get(t.label)).isEqualTo("a, \"quoted\" label");
        assertThat(r.get(t.v)).isEqualTo(Vector.of(1.5f, -2f, 3e-7f));
        assertThat(r.get(t.h)).isEqualTo(HalfVector.of(0.5f, 1f));
        assertThat(r.get(t.s)).isEqualTo(SparseVector.fromDense(0f, 2.5f, 0f, 0f));
    }

    @Test
    void aCompositeValueWrittenThroughJooqIsWhatPostgresStores(PgaiTestSchema db) {
        Labelled t = Labelled.LABELLED;
        LabelledRecord r = new LabelledRecord();
        r.set(t.label, "b");
        r.set(t.v, Vector.of(4f, 5.25f, -6f));
        r.set(t.h, null);
        r.set(t.s, SparseVector.fromDense(1f, 0f, 0f, -1f));

        db.dsl().insertInto(items, id, value).values(2, r).execute();

        assertThat(db.dsl().fetchOne("select (value).label, (value).v::text, (value).h is null, (value).s::text from labelled_items where id = 2")
                .intoList()).containsExactly("b", "[4,5.25,-6]", true, "{1:1,4:-1}/4");
        assertThat(db.dsl().select(value).from(items).where(id.eq(2)).fetchSingle(value)).isEqualTo(r);
    }
}
