package io.github.jooqpgai.codegen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Finds the columns of pgvector types ({@code vector}, {@code halfvec}, {@code sparsevec}) in some schemata,
 * with the schema the types live in (the vector extension's schema, not necessarily {@code public}).
 */
final class VectorColumnReader {

    private VectorColumnReader() {
    }

    static List<VectorColumn> read(DSLContext ctx, Collection<String> schemata) {
        List<VectorColumn> result = new ArrayList<>();
        for (Record r : ctx.fetch("""
                select n.nspname::text, c.relname::text, a.attname::text, t.typname::text, a.atttypmod, tn.nspname::text
                from pg_catalog.pg_attribute a
                join pg_catalog.pg_class c on c.oid = a.attrelid
                join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                join pg_catalog.pg_type t on t.oid = a.atttypid
                join pg_catalog.pg_namespace tn on tn.oid = t.typnamespace
                join pg_catalog.pg_extension e on e.extname = 'vector' and e.extnamespace = t.typnamespace
                where a.attnum > 0 and not a.attisdropped
                  and c.relkind in ('r', 'p', 'v', 'm', 'f')
                  and t.typname in ('vector', 'halfvec', 'sparsevec')
                  and n.nspname = any(?::text[])
                order by 1, 2, a.attnum""", (Object) schemata.toArray(String[]::new))) {
            int typmod = r.get(4, Integer.class);
            result.add(new VectorColumn(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                    VectorKind.of(r.get(3, String.class)).orElseThrow(),
                    typmod > 0 ? typmod : VectorColumn.UNDECLARED, r.get(5, String.class)));
        }
        return List.copyOf(result);
    }
}
