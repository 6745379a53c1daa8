package io.github.jooqpgai.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.bindings.VectorBinding;
import io.github.jooqpgai.types.BitVector;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Types created with pgvector's schema qualify casts, operators and functions with it, through jOOQ's render
 * mapping; the unqualified types render exactly as before.
 */
class PgvectorInAnotherSchemaTest {

    private final DSLContext dsl = DSL.using(SQLDialect.POSTGRES);
    private final Field<Vector> embedding = DSL.field(DSL.name("items", "embedding"), VectorTypes.vector("extensions", 3));
    private final Field<HalfVector> half = DSL.field(DSL.name("items", "half"), VectorTypes.halfvec("extensions"));
    private final Field<SparseVector> sparse = DSL.field(DSL.name("items", "sparse"), VectorTypes.sparsevec("extensions", 5));
    private final Field<BitVector> code = DSL.field(DSL.name("items", "code"), VectorTypes.bit("extensions", 3));
    private final Vector q = Vector.of(1f, 0f, 0f);

    @Test
    void castsNameTheSchema() {
        assertThat(dsl.render(DSL.val(q, embedding))).isEqualTo("?::real[]::\"extensions\".vector");
        assertThat(dsl.renderInlined(DSL.val(q, embedding))).isEqualTo("'[1.0,0.0,0.0]'::\"extensions\".vector");
        assertThat(dsl.render(DSL.val(HalfVector.of(1f), half))).isEqualTo("?::real[]::\"extensions\".halfvec");
        assertThat(dsl.renderInlined(DSL.val(SparseVector.parse("{1:1}/5"), sparse))).isEqualTo("'{1:1.0}/5'::\"extensions\".sparsevec");
        assertThat(dsl.renderInlined(DSL.val(null, embedding))).isEqualTo("null::\"extensions\".vector");
    }

    @Test
    void operatorsAndFunctionsNameTheSchema() {
        assertThat(dsl.render(VectorDSL.cosineDistance(embedding, q)))
                .isEqualTo("(\"items\".\"embedding\" OPERATOR(\"extensions\".<=>) ?::real[]::\"extensions\".vector)");
        assertThat(dsl.render(VectorDSL.l1Distance(sparse, SparseVector.parse("{1:1}/5"))))
                .isEqualTo("(\"items\".\"sparse\" OPERATOR(\"extensions\".<+>) ?::\"extensions\".sparsevec)");
        assertThat(dsl.render(VectorDSL.hammingDistance(code, BitVector.parse("101"))))
                .isEqualTo("(\"items\".\"code\" OPERATOR(\"extensions\".<~>) ?::varbit)");
        assertThat(dsl.render(VectorDSL.vectorDims(embedding))).isEqualTo("\"extensions\".vector_dims(\"items\".\"embedding\")");
        assertThat(dsl.render(VectorDSL.avg(half))).isEqualTo("\"extensions\".avg(\"items\".\"half\")");
        assertThat(dsl.render(VectorDSL.jaccardDistance(VectorDSL.binaryQuantize(embedding), BitVector.parse("101"))))
                .isEqualTo("(\"extensions\".binary_quantize(\"items\".\"embedding\") OPERATOR(\"extensions\".<%>) ?::varbit)");
        assertThat(dsl.render(VectorDSL.subvector(embedding, 1, 2)))
                .isEqualTo("\"extensions\".subvector(\"items\".\"embedding\", ?, ?)");
    }

    @Test
    void renderMappingAndRenderSchemaApply() {
        DSLContext mapped = DSL.using(SQLDialect.POSTGRES, new Settings().withRenderMapping(new RenderMapping()
                .withSchemata(new MappedSchema().withInput("extensions").withOutput("ext_prod"))));
        assertThat(mapped.render(VectorDSL.cosineDistance(embedding, q)))
                .isEqualTo("(\"items\".\"embedding\" OPERATOR(\"ext_prod\".<=>) ?::real[]::\"ext_prod\".vector)");
        assertThat(mapped.render(VectorDSL.vectorDims(embedding))).isEqualTo("\"ext_prod\".vector_dims(\"items\".\"embedding\")");

        DSLContext unqualified = DSL.using(SQLDialect.POSTGRES, new Settings().withRenderSchema(false));
        assertThat(unqualified.render(VectorDSL.cosineDistance(embedding, q))).isEqualTo("(\"items\".\"embedding\" <=> ?::real[]::vector)");
        assertThat(unqualified.render(VectorDSL.vectorDims(embedding))).isEqualTo("vector_dims(\"items\".\"embedding\")");
    }

    @Test
    void unqualifiedTypesRenderAsBefore() {
        Field<Vector> plain = DSL.field(DSL.name("items", "embedding"), VectorTypes.vector(3));
        assertThat(dsl.render(VectorDSL.cosineDistance(plain, q))).isEqualTo("(\"items\".\"embedding\" <=> ?::real[]::vector)");
        assertThat(dsl.render(VectorDSL.vectorDims(plain))).isEqualTo("vector_dims(\"items\".\"embedding\")");
    }

    @Test
    void dimensionsAreStillCheckedAndBadSchemasRejected() {
        assertThatThrownBy(() -> VectorDSL.cosineDistance(embedding, Vector.of(1f)))
                .hasMessage("query vector has 1 dimensions but embedding is vector(3)");
        assertThat(new VectorBinding("extensions", 3).pgvectorSchema()).hasValue("extensions");
        assertThat(new VectorBinding(3).pgvectorSchema()).isEmpty();
        assertThatThrownBy(() -> VectorTypes.vector(" ", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("schema of pgvector's types must not be null or blank, got ' '");
        assertThatThrownBy(() -> new VectorBinding(null, 3))
                .hasMessage("schema of pgvector's types must not be null or blank, got null");
    }
}
