package io.github.jooqpgai.it.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.types.BitVector;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/**
 * A {@code Result} fetched from the database, holding every pgvector type and NULLs, survives Java
 * serialization: its values, and its fields' bindings, which still write to the database afterwards.
 */
@PgaiTest
class FetchedResultSerializationIT {

    private final Table<?> items = table(name("ser_items"));
    private final Field<Integer> id = field(name("ser_items", "id"), SQLDataType.INTEGER);
    private final Field<Vector> v = field(name("ser_items", "v"), VectorTypes.vector(3));
    private final Field<HalfVector> h = field(name("ser_items", "h"), VectorTypes.halfvec(2));
    private final Field<SparseVector> s = field(name("ser_items", "s"), VectorTypes.sparsevec(5));
    private final Field<BitVector> b = field(name("ser_items", "b"), VectorTypes.bit(4));

    @Test
    void fetchedResultRoundTripsAndItsFieldsStillBind(PgaiTestSchema db) throws Exception {
        db.dsl().execute("create table ser_items (id int primary key, v vector(3), h halfvec(2), s sparsevec(5), b bit(4))");
        db.dsl().insertInto(items).set(id, 1).set(v, Vector.of(1f, -2.5f, 3e-5f)).set(h, HalfVector.of(0.5f, 2f))
                .set(s, SparseVector.parse("{2:7,5:-1}/5")).set(b, BitVector.parse("1010")).execute();
        db.dsl().insertInto(items).set(id, 2).execute();
        Result<Record5<Integer, Vector, HalfVector, SparseVector, BitVector>> fetched =
                db.dsl().select(id, v, h, s, b).from(items).orderBy(id).fetch();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(fetched);
        }
        Result<Record> copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            @SuppressWarnings("unchecked")
            Result<Record> read = (Result<Record>) in.readObject();
            copy = read;
        }

        assertThat(copy).as("deserialized result").isEqualTo(fetched).hasSize(2);
        assertThat(copy.get(0).get(v)).isEqualTo(Vector.of(1f, -2.5f, 3e-5f));
        assertThat(copy.get(0).get(s)).isEqualTo(SparseVector.parse("{2:7,5:-1}/5"));
        assertThat(copy.get(0).get(b)).isEqualTo(BitVector.parse("1010"));
        assertThat(copy.get(1).get(h)).isNull();

        @SuppressWarnings("unchecked")
        Field<Vector> copiedV = (Field<Vector>) copy.field(1);
        @SuppressWarnings("unchecked")
        Field<BitVector> copiedB = (Field<BitVector>) copy.field(4);
        db.dsl().insertInto(items).set(id, 3).set(copiedV, copy.get(0).get(copiedV)).set(copiedB, copy.get(0).get(copiedB)).execute();
        assertThat(db.value(String.class, "select v::text || ' ' || b::text from ser_items where id = 3"))
                .as("values written through deserialized fields, as PostgreSQL reads them")
                .isEqualTo(db.value(String.class, "select v::text || ' ' || b::text from ser_items where id = 1"));
    }
}
