package io.github.jooqpgai.bindings;

import io.github.jooqpgai.similarity.VectorTypes;
import io.github.jooqpgai.types.BitVector;
import io.github.jooqpgai.types.HalfVector;
import io.github.jooqpgai.types.SparseVector;
import io.github.jooqpgai.types.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Runs inside a fresh class loader (see {@link StaticTypeRegistryOrderTest}): creates one kind of vector
 * type first, then asks jOOQ's static type registry for the values' types through {@code DSL.val(Object)}.
 */
public final class RegistryOrderScenario {

    private RegistryOrderScenario() {
    }

    /**
     * Creates a generated {@code vector(768)} field, reads {@code VectorTypes.VECTOR} and creates a
     * {@code Vector} on three threads at the same moment (this library's class initialisation must not deadlock), then renders {@code DSL.val(vector)}.
     */
    public static String race() throws Exception {
        // jOOQ's own first use is not thread-safe to race (SQLDataType and DefaultDataType initialise each
        // other), so jOOQ is initialised here; the race is between this library's classes only
        DSL.using(SQLDialect.POSTGRES).render(DSL.val(1));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<?> generated = threads.submit(() -> {
                start.await();
                return SQLDataType.OTHER.asConvertedDataType(new VectorBinding(768));
            });
            Future<?> constants = threads.submit(() -> {
                start.await();
                return VectorTypes.VECTOR;
            });
            Future<?> values = threads.submit(() -> {
                start.await();
                return Vector.of(4f, 5f, 6f);
            });
            start.countDown();
            generated.get(20, TimeUnit.SECONDS);
            constants.get(20, TimeUnit.SECONDS);
            values.get(20, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        return DSL.using(SQLDialect.POSTGRES).renderInlined(DSL.val(Vector.of(1f, 2f, 3f)));
    }

    /**
     * What {@code DSL.val(value, VectorTypes.X)} renders for each value type when nothing of this library was
     * created before: the documented way to bind a value without a field.
     */
    public static List<String> typed() {
        DSLContext dsl = DSL.using(SQLDialect.POSTGRES);
        return List.of(
                render(dsl, DSL.val(Vector.of(1f, 2f, 3f), VectorTypes.VECTOR)),
                render(dsl, DSL.val(HalfVector.of(1f, 2f), VectorTypes.HALFVEC)),
                render(dsl, DSL.val(SparseVector.fromDense(1f, 0f), VectorTypes.SPARSEVEC)),
                render(dsl, DSL.val(BitVector.parse("101"), VectorTypes.BIT)));
    }

    private static String render(DSLContext dsl, Field<?> value) {
        return dsl.render(value) + " / " + dsl.renderInlined(value);
    }

    /** What {@code DSL.val(value)} renders for each value type after {@code first} was created first. */
    public static List<String> run(String first) {
        Field<?> dimensioned = switch (first) {
            case "generated field" -> DSL.field(DSL.name("e"), SQLDataType.OTHER.asConvertedDataType(new VectorBinding(768)));
            case "VectorTypes.vector(768)" -> DSL.field(DSL.name("e"), VectorTypes.vector(768));
            case "halfvec/sparsevec/bit bindings" -> {
                SQLDataType.OTHER.asConvertedDataType(new HalfVectorBinding(4));
                SQLDataType.OTHER.asConvertedDataType(new SparseVectorBinding(5));
                yield DSL.field(DSL.name("e"), SQLDataType.OTHER.asConvertedDataType(new BitVectorBinding(6)));
            }
            case "VectorTypes.VECTOR" -> DSL.field(DSL.name("e"), VectorTypes.VECTOR);
            case "nothing but the values" -> DSL.field(DSL.name("e"));
            default -> throw new IllegalArgumentException("unknown order " + first);
        };
        DSLContext dsl = DSL.using(SQLDialect.POSTGRES);
        List<String> rendered = new ArrayList<>();
        rendered.add(dimensioned.getDataType().getBinding().toString());
        for (Object value : List.of(Vector.of(1f, 2f, 3f), HalfVector.of(1f, 2f), SparseVector.fromDense(1f, 0f),
                BitVector.parse("101"))) {
            try {
                rendered.add(render(dsl, DSL.val(value)));
            } catch (RuntimeException e) {
                rendered.add(e.toString());
            }
        }
        return rendered;
    }
}
