package io.github.jooqpgai.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.ForcedTypeObjectType;
import org.junit.jupiter.api.Test;

class VectorForcedTypesTest {

    /** jOOQ's default {@code <regexFlags>}: the expression must be exact despite them. */
    private static final int JOOQ_DEFAULT_FLAGS = Pattern.COMMENTS | Pattern.CASE_INSENSITIVE;

    @Test
    void columnsWithTheSameTypeAndDimensionShareOneForcedType() {
        List<ForcedType> types = VectorForcedTypes.of(List.of(
                column("s", "a", "e", VectorKind.VECTOR, 768),
                column("s", "b", "e", VectorKind.VECTOR, 768),
                column("s", "c", "e", VectorKind.VECTOR, 384),
                column("s", "d", "h", VectorKind.HALFVEC, 768),
                new VectorColumn("s", "e", "u", VectorKind.SPARSEVEC, VectorColumn.UNDECLARED)));

        assertThat(types).extracting(ForcedType::getBinding).containsExactly(
                "new io.github.jooqpgai.bindings.VectorBinding(768)",
                "new io.github.jooqpgai.bindings.VectorBinding(384)",
                "new io.github.jooqpgai.bindings.HalfVectorBinding(768)",
                "io.github.jooqpgai.bindings.SparseVectorBinding");
        assertThat(types).extracting(ForcedType::getUserType).containsExactly(
                "io.github.jooqpgai.types.Vector", "io.github.jooqpgai.types.Vector",
                "io.github.jooqpgai.types.HalfVector", "io.github.jooqpgai.types.SparseVector");
        assertThat(types).allSatisfy(t -> {
            assertThat(t.getObjectType()).isEqualTo(ForcedTypeObjectType.COLUMN);
            assertThat(t.getPriority()).isLessThan(0);
        });
        Pattern first = Pattern.compile(types.get(0).getIncludeExpression(), JOOQ_DEFAULT_FLAGS);
        assertThat(first.matcher("s.a.e").matches()).isTrue();
        assertThat(first.matcher("s.b.e").matches()).isTrue();
        assertThat(first.matcher("s.c.e").matches()).isFalse();
    }

    @Test
    void columnsWhoseTypeLivesInAnotherSchemaGetAQualifiedBinding() {
        List<ForcedType> types = VectorForcedTypes.of(List.of(
                new VectorColumn("s", "a", "e", VectorKind.VECTOR, 768, "extensions"),
                new VectorColumn("s", "b", "e", VectorKind.VECTOR, 768, "public"),
                new VectorColumn("s", "c", "e", VectorKind.HALFVEC, VectorColumn.UNDECLARED, "ext\"s"),
                new VectorColumn("s", "d", "e", VectorKind.SPARSEVEC, 5, "extensions")));

        assertThat(types).extracting(ForcedType::getBinding).containsExactly(
                "new io.github.jooqpgai.bindings.VectorBinding(\"extensions\", 768)",
                "new io.github.jooqpgai.bindings.VectorBinding(768)",
                "new io.github.jooqpgai.bindings.HalfVectorBinding(\"ext\\\"s\")",
                "new io.github.jooqpgai.bindings.SparseVectorBinding(\"extensions\", 5)");
        assertThat(new VectorColumn("s", "a", "e", VectorKind.VECTOR, VectorColumn.UNDECLARED, "extensions").withDimensions(3))
                .as("withDimensions keeps the type's schema")
                .extracting(VectorColumn::typeSchema).isEqualTo("extensions");
    }

    @Test
    void quotedNamesMatchThemselvesExactlyUnderJooqsDefaultFlags() {
        String expression = VectorForcedTypes.exactNames(List.of(column("My Schema", "Blog.Post (v2)", "Em#bed", VectorKind.VECTOR, 3)));
        Pattern p = Pattern.compile(expression, JOOQ_DEFAULT_FLAGS);

        assertThat(p.matcher("My Schema.Blog.Post (v2).Em#bed").matches()).isTrue();
        assertThat(p.matcher("my schema.blog.post (v2).em#bed").matches()).isFalse();
        assertThat(p.matcher("MySchema.Blog.Post(v2).Em#bed").matches()).isFalse();
        assertThat(p.matcher("My Schema.BlogXPost (v2).Em#bed").matches()).isFalse();
    }

    @Test
    void aNameContainingTheQuoteEndSequenceStaysLiteral() {
        Pattern p = Pattern.compile(VectorForcedTypes.exactNames(List.of(column("s", "t\\E.*", "c", VectorKind.VECTOR, 3))), JOOQ_DEFAULT_FLAGS);
        assertThat(p.matcher("s.t\\E.*.c").matches()).isTrue();
        assertThat(p.matcher("s.tanything.c").matches()).isFalse();
    }

    private static VectorColumn column(String schema, String table, String column, VectorKind kind, int dims) {
        return new VectorColumn(schema, table, column, kind, dims);
    }
}
