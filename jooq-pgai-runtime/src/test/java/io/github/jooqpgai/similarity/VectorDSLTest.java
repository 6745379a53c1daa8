package io.github.jooqpgai.similarity;

import static io.github.jooqpgai.similarity.VectorDSL.avg;
import static io.github.jooqpgai.similarity.VectorDSL.cosineDistance;
import static io.github.jooqpgai.similarity.VectorDSL.innerProduct;
import static io.github.jooqpgai.similarity.VectorDSL.l1Distance;
import static io.github.jooqpgai.similarity.VectorDSL.l2Distance;
import static io.github.jooqpgai.similarity.VectorDSL.l2Normalize;
import static io.github.jooqpgai.similarity.VectorDSL.negativeInnerProduct;
import static io.github.jooqpgai.similarity.VectorDSL.subvector;
import static io.github.jooqpgai.similarity.VectorDSL.vectorDims;
import static io.github.jooqpgai.similarity.VectorDSL.vectorNorm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.types.BitVector;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

class VectorDSLTest {

    private final DSLContext dsl = DSL.using(SQLDialect.POSTGRES);
    private final Field<Vector> embedding = DSL.field(DSL.name("items", "embedding"), VectorTypes.vector(3));
    private final Field<HalfVector> half = DSL.field(DSL.name("items", "half"), VectorTypes.HALFVEC);
    private final Field<SparseVector> sparse = DSL.field(DSL.name("items", "sparse"), VectorTypes.sparsevec(5));
    private final Vector q = Vector.of(1f, 0f, 0f);

    @Test
    void distancesRenderOperatorsWithACastBindValue() {
        assertThat(dsl.render(cosineDistance(embedding, q))).isEqualTo("(\"items\".\"embedding\" <=> ?::real[]::vector)");
        assertThat(dsl.render(l2Distance(embedding, q))).isEqualTo("(\"items\".\"embedding\" <-> ?::real[]::vector)");
        assertThat(dsl.render(negativeInnerProduct(embedding, q))).isEqualTo("(\"items\".\"embedding\" <#> ?::real[]::vector)");
        assertThat(dsl.render(innerProduct(embedding, q))).isEqualTo("-((\"items\".\"embedding\" <#> ?::real[]::vector))");
        assertThat(dsl.render(l1Distance(half, HalfVector.of(1f)))).isEqualTo("(\"items\".\"half\" <+> ?::real[]::halfvec)");
        assertThat(dsl.render(cosineDistance(embedding, embedding))).isEqualTo("(\"items\".\"embedding\" <=> \"items\".\"embedding\")");
        assertThat(cosineDistance(embedding, q).getDataType()).isEqualTo(SQLDataType.DOUBLE);
    }

    @Test
    void hnswSettingsRenderSetLocalWithFixedValues() {
        assertThat(dsl.render(VectorDSL.hnswIterativeScan(IterativeScan.STRICT_ORDER))).isEqualTo("set local hnsw.iterative_scan = 'strict_order'");
        assertThat(dsl.render(VectorDSL.hnswIterativeScan(IterativeScan.RELAXED_ORDER))).isEqualTo("set local hnsw.iterative_scan = 'relaxed_order'");
        assertThat(dsl.render(VectorDSL.hnswIterativeScan(IterativeScan.OFF))).isEqualTo("set local hnsw.iterative_scan = 'off'");
        assertThat(dsl.render(VectorDSL.hnswEfSearch(1000))).isEqualTo("set local hnsw.ef_search = 1000");
        assertThat(dsl.render(VectorDSL.hnswMaxScanTuples(1))).isEqualTo("set local hnsw.max_scan_tuples = 1");
    }

    @Test
    void hnswSettingsRejectValuesPgvectorRejects() {
        assertThatThrownBy(() -> VectorDSL.hnswIterativeScan(null)).hasMessage("hnsw.iterative_scan mode must not be null");
        assertThatThrownBy(() -> VectorDSL.hnswEfSearch(0)).hasMessage("hnsw.ef_search must be between 1 and 1000, got 0");
        assertThatThrownBy(() -> VectorDSL.hnswEfSearch(1001)).hasMessage("hnsw.ef_search must be between 1 and 1000, got 1001");
        assertThatThrownBy(() -> VectorDSL.hnswMaxScanTuples(0)).hasMessage("hnsw.max_scan_tuples must be at least 1, got 0");
    }

    @Test
    void diskannSettingsRenderSetLocalWithFixedValues() {
        assertThat(dsl.render(VectorDSL.diskannQuerySearchListSize(10_000))).isEqualTo("set local diskann.query_search_list_size = 10000");
        assertThat(dsl.render(VectorDSL.diskannQueryRescore(0))).isEqualTo("set local diskann.query_rescore = 0");
    }

    @Test
    void diskannSettingsRejectValuesPgvectorscaleRejects() {
        assertThatThrownBy(() -> VectorDSL.diskannQuerySearchListSize(0))
                .hasMessage("diskann.query_search_list_size must be between 1 and 10000, got 0");
        assertThatThrownBy(() -> VectorDSL.diskannQuerySearchListSize(10_001))
                .hasMessage("diskann.query_search_list_size must be between 1 and 10000, got 10001");
        assertThatThrownBy(() -> VectorDSL.diskannQueryRescore(-1)).hasMessage("diskann.query_rescore must be between 0 and 1000, got -1");
        assertThatThrownBy(() -> VectorDSL.diskannQueryRescore(1001)).hasMessage("diskann.query_rescore must be between 0 and 1000, got 1001");
    }

    @Test
    void wrongQueryDimensionFailsInJavaNamingBothDimensions() {
        assertThatThrownBy(() -> cosineDistance(embedding, Vector.of(1f, 2f)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("query vector has 2 dimensions but embedding is vector(3)");
        assertThatThrownBy(() -> l2Distance(sparse, SparseVector.fromDense(1f)))
                .hasMessage("query vector has 1 dimensions but sparse is sparsevec(5)");
        assertThat(VectorDSL.dimensionOf(embedding)).hasValue(3);
        assertThat(VectorDSL.dimensionOf(half)).isEmpty();
        assertThat(VectorDSL.dimensionOf(DSL.field("x"))).isEmpty();
    }

    @Test
    void functionsRenderPgvectorNames() {
        assertThat(dsl.render(vectorDims(embedding))).isEqualTo("vector_dims(\"items\".\"embedding\")");
        assertThat(dsl.render(vectorNorm(embedding))).isEqualTo("vector_norm(\"items\".\"embedding\")");
        assertThat(dsl.render(vectorNorm(half))).isEqualTo("l2_norm(\"items\".\"half\")");
        assertThat(dsl.render(l2Normalize(sparse))).isEqualTo("l2_normalize(\"items\".\"sparse\")");
        assertThat(dsl.render(subvector(embedding, 2, 2))).isEqualTo("subvector(\"items\".\"embedding\", ?, ?)");
        assertThat(dsl.render(avg(embedding))).isEqualTo("avg(\"items\".\"embedding\")");
        assertThat(avg(embedding).getType()).isEqualTo(Vector.class);
    }

    @Test
    void rejectsFunctionsPgvectorLacksAndBadArguments() {
        assertThatThrownBy(() -> vectorDims(sparse)).hasMessage("vectorDims is not defined for sparsevec field sparse");
        assertThatThrownBy(() -> subvector(embedding, 0, 1)).hasMessage("start is one-based and must be at least 1, got 0");
        assertThatThrownBy(() -> subvector(embedding, 2, 3)).hasMessage("subvector(start=2, count=3) exceeds the 3 dimensions of embedding");
    }

    @Test
    void nearestNeighboursRendersOrderByOperatorAndLimit() {
        var table = DSL.table(DSL.name("items"));
        var category = DSL.field(DSL.name("items", "category"), String.class);
        String sql = dsl.render(VectorDSL.nearestNeighbours(
                dsl.selectFrom(table).where(category.eq("news")), embedding, DistanceMetric.COSINE, q, 5));
        assertThat(sql).isEqualTo("select * from \"items\" where \"items\".\"category\" = ? "
                + "order by (\"items\".\"embedding\" <=> ?::real[]::vector) fetch next ? rows only");
        assertThatThrownBy(() -> VectorDSL.nearestNeighbours(dsl.selectFrom(table), embedding, DistanceMetric.L2, q, 0))
                .hasMessage("k must be at least 1, got 0");
    }

    @Test
    void bitDistancesRenderVarbitBindValuesAndCheckLength() {
        Field<BitVector> code = DSL.field(DSL.name("items", "code"), VectorTypes.bit(4));
        assertThat(dsl.render(VectorDSL.hammingDistance(code, BitVector.parse("1010")))).isEqualTo("(\"items\".\"code\" <~> ?::varbit)");
        assertThat(dsl.renderInlined(VectorDSL.jaccardDistance(code, BitVector.parse("1010")))).isEqualTo("(\"items\".\"code\" <%> '1010'::varbit)");
        assertThat(dsl.render(VectorDSL.binaryQuantize(embedding))).isEqualTo("binary_quantize(\"items\".\"embedding\")");
        assertThatThrownBy(() -> VectorDSL.hammingDistance(code, BitVector.parse("101")))
                .hasMessage("query bit string has 3 bits but code is bit(4)");
        assertThat(BitDistanceMetric.fromOpclass("bit_jaccard_ops")).isEqualTo(BitDistanceMetric.JACCARD);
        assertThat(BitDistanceMetric.findByOpclass("vector_l2_ops")).isEmpty();
        assertThat(dsl.render(VectorDSL.nearestNeighbours(dsl.selectFrom(DSL.table(DSL.name("items"))), code,
                BitDistanceMetric.HAMMING, BitVector.parse("1111"), 3)))
                .isEqualTo("select * from \"items\" order by (\"items\".\"code\" <~> ?::varbit) fetch next ? rows only");
    }
}
