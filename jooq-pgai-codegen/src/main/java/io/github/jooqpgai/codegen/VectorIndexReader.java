package io.github.jooqpgai.codegen;

import io.github.jooqpgai.similarity.DistanceMetric;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Reads the nearest-neighbour indexes on columns of tables in some schemata from {@code pg_index}. Only an
 * index a plain {@code ORDER BY column <op> ? LIMIT k} can use counts: access method {@code hnsw},
 * {@code ivfflat} or {@code diskann} (pgvectorscale), valid, not partial (a {@code WHERE} predicate serves only
 * queries that imply it), one key that is the column itself (an index on an expression such as
 * {@code (embedding::halfvec(768))} serves only queries ordering by that expression) and an operator class of a
 * {@link DistanceMetric} ({@code bit_hamming_ops} and {@code bit_jaccard_ops} index {@code bit} expressions,
 * never a {@code vector} column).
 */
final class VectorIndexReader {

    private VectorIndexReader() {
    }

    /** The indexes by column, keyed by {@link #key(String, String, String)}, each list in index name order. */
    static Map<String, List<VectorIndex>> read(DSLContext ctx, Collection<String> schemata) {
        Map<String, List<VectorIndex>> byColumn = new LinkedHashMap<>();
        for (Record r : ctx.fetch("""
                select n.nspname::text, t.relname::text, a.attname::text, i.relname::text, am.amname::text, opc.opcname::text
                from pg_catalog.pg_index x
                join pg_catalog.pg_class i on i.oid = x.indexrelid
                join pg_catalog.pg_class t on t.oid = x.indrelid
                join pg_catalog.pg_namespace n on n.oid = t.relnamespace
                join pg_catalog.pg_am am on am.oid = i.relam
                join pg_catalog.pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
                join pg_catalog.pg_opclass opc on opc.oid = x.indclass[0]
                where am.amname in ('hnsw', 'ivfflat', 'diskann')
                  and x.indisvalid
                  and x.indpred is null
                  and x.indexprs is null
                  and x.indnkeyatts = 1
                  and n.nspname = any(?::text[])
                order by 1, 2, 3, 4""", (Object) schemata.toArray(String[]::new))) {
            String opclass = r.get(5, String.class);
            Optional<DistanceMetric> metric = DistanceMetric.findByOpclass(opclass);
            if (metric.isPresent()) {
                byColumn.computeIfAbsent(key(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class)), k -> new ArrayList<>())
                        .add(new VectorIndex(r.get(3, String.class), r.get(4, String.class), opclass, metric.get()));
            }
        }
        byColumn.replaceAll((k, v) -> List.copyOf(v));
        return byColumn;
    }

    /** The map key of a column. */
    static String key(String schema, String table, String column) {
        return schema + '\u0000' + table + '\u0000' + column;
    }
}
