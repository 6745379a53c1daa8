package io.github.jooqpgai.it.support;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.postgresql.PGResultSetMetaData;

/**
 * A jOOQ listener that records pgjdbc's wire format (0 = text, 1 = binary) of every column of every fetched result.
 *
 * <pre>{@code
 * ResultFormats formats = new ResultFormats();
 * DSL.using(new DefaultConfiguration().set(connection).set(SQLDialect.POSTGRES).set(formats)).fetch(query);
 * assertThat(formats.formats).containsExactly(List.of(1, 1));
 * }</pre>
 */
public final class ResultFormats implements ExecuteListener {

    /** One list per fetched result: the format of each column. */
    public final List<List<Integer>> formats = new ArrayList<>();

    @Override
    public void fetchStart(ExecuteContext ctx) {
        try {
            PGResultSetMetaData meta = ctx.resultSet().getMetaData().unwrap(PGResultSetMetaData.class);
            List<Integer> columns = new ArrayList<>();
            for (int column = 1; column <= ctx.resultSet().getMetaData().getColumnCount(); column++) {
                columns.add(meta.getFormat(column));
            }
            formats.add(columns);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
