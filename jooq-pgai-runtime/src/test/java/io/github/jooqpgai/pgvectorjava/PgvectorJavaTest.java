package io.github.jooqpgai.pgvectorjava;

import static org.assertj.core.api.Assertions.assertThat;

import com.pgvector.PGbit;
import com.pgvector.PGhalfvec;
import com.pgvector.PGsparsevec;
import com.pgvector.PGvector;
import io.github.jooqpgai.types.BitVector;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import org.junit.jupiter.api.Test;

class PgvectorJavaTest {

    @Test
    void convertsVectors() throws Exception {
        Vector v = Vector.of(1f, -2.5f);
        assertThat(PgvectorJava.toPGvector(v).toArray()).containsExactly(1f, -2.5f);
        assertThat(PgvectorJava.fromPGvector(new PGvector("[1,-2.5]"))).isEqualTo(v);
        HalfVector h = HalfVector.of(0.5f, 2f);
        assertThat(PgvectorJava.toPGhalfvec(h).toArray()).containsExactly(0.5f, 2f);
        assertThat(PgvectorJava.fromPGhalfvec(new PGhalfvec(new float[] {0.5f, 2f}))).isEqualTo(h);
        SparseVector s = SparseVector.parse("{1:1.5,3:2}/5");
        PGsparsevec p = PgvectorJava.toPGsparsevec(s);
        assertThat(p.getIndices()).containsExactly(0, 2);
        assertThat(p.getDimensions()).isEqualTo(5);
        assertThat(PgvectorJava.fromPGsparsevec(new PGsparsevec("{1:1.5,3:2}/5"))).isEqualTo(s);
    }

    @Test
    void convertsBitStrings() {
        BitVector b = BitVector.parse("1101");
        assertThat(PgvectorJava.toPGbit(b).getValue()).isEqualTo("1101");
        assertThat(PgvectorJava.fromPGbit(new PGbit(new boolean[] {true, true, false, true}))).isEqualTo(b);
    }
}
