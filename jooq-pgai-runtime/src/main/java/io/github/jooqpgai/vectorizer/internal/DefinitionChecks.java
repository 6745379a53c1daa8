package io.github.jooqpgai.vectorizer.internal;

import io.github.jooqpgai.vectorizer.VectorizerSpec;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.DestinationColumn;
import io.github.jooqpgai.vectorizer.config.DestinationTable;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.IndexingDiskann;
import io.github.jooqpgai.vectorizer.config.IndexingHnsw;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.LoadingUri;
import io.github.jooqpgai.vectorizer.config.Parsing;
import io.github.jooqpgai.vectorizer.config.PgaiLimits;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DataType;
import org.jooq.Table;

/** The Java-side checks of a whole create_vectorizer call: what pgai misses and what needs no database. */
final class DefinitionChecks {

    private static final Pattern UNQUOTED_IDENTIFIER = Pattern.compile("[a-z_\\P{ASCII}][a-z0-9_$\\P{ASCII}]*");
    private static final List<String> VIEW_COLUMNS = List.of("embedding_uuid", "chunk_seq", "embedding");

    private DefinitionChecks() {
    }

    static void check(Table<?> source, String name, Destination destination, Loading loading, Parsing parsing, int dimensions, Chunking chunking,
            Indexing indexing, Scheduling scheduling, String queueSchema, String queueTable, List<String> grantTo) {
        checkName(name);
        if (parsing instanceof Parsing.Docling) {
            throw new InvalidVectorizerConfigException("parsing", "ai.parsing_docling()",
                    "pgai 0.12.1's SQL accepts it but its worker rejects the stored config (union_tag_invalid: the worker's parsing is one of "
                            + "'none', 'auto', 'pymupdf'); Parsing.auto() already parses bytea documents with docling, or use Parsing.pymupdf()");
        }
        identifier("queue_schema", queueSchema);
        identifier("queue_table", queueTable);
        if (grantTo != null) {
            grantTo.forEach(role -> {
                if (role == null) {
                    throw new InvalidVectorizerConfigException("grant_to", grantTo, "cannot contain null");
                }
                identifier("grant_to", role);
            });
        }
        checkSource(SourceShape.of(source), destination, loading, dimensions);
        if (destination instanceof DestinationColumn && !(chunking instanceof Chunking.None)) {
            throw new InvalidVectorizerConfigException("chunking", chunking == null ? "ai.chunking_recursive_character_text_splitter() (pgai's default)" : chunking,
                    "a column destination needs chunking => Chunking.none() (one embedding per row)");
        }
        checkViewSchema(SourceShape.of(source).schema(), destination);
        if (scheduling instanceof Scheduling.None && (indexing instanceof IndexingHnsw || indexing instanceof IndexingDiskann)) {
            throw new InvalidVectorizerConfigException("indexing", indexing,
                    "automatic indexing needs scheduling; with scheduling => Scheduling.none() use Indexing.none()");
        }
    }

    /**
     * The checks of the source table as it really is in the database, read from the catalog at execute
     * time on the connection that creates the vectorizer.
     */
    static void checkCatalogSource(SourceShape source, VectorizerSpec spec) {
        checkSource(source, spec.destination(), spec.loading(), spec.embedding().dimensions());
        checkViewSchema(source.schema(), spec.destination());
    }

    private static void checkSource(SourceShape source, Destination destination, Loading loading, int dimensions) {
        if (source.columnsKnown()) {
            checkColumns(source, destination, loading, dimensions);
        }
        checkPrimaryKey(source, destination);
    }

    private static void checkViewSchema(String sourceSchema, Destination destination) {
        if (destination instanceof DestinationTable table && table.viewSchema() != null && !table.viewSchema().equals(sourceSchema)) {
            throw new InvalidVectorizerConfigException("view_schema", table.viewSchema(),
                    "pgai 0.12.1 ignores view_schema and always creates the view in the source table's schema ("
                            + (sourceSchema == null ? "unknown here: qualify the source table" : sourceSchema) + "); leave it out");
        }
    }

    /**
     * pgai 0.12.1 joins the view to the source with {@code format('t.%s = s.%s', attname, attname)}: the
     * primary key columns are written unquoted, so a name that does not read back as itself without
     * quotes (upper case, spaces, punctuation, a leading digit) makes the create fail with
     * {@code column t.authorid does not exist} or a syntax error. A column destination creates no view.
     */
    private static void checkPrimaryKey(SourceShape source, Destination destination) {
        if (destination instanceof DestinationColumn) {
            return;
        }
        for (String column : source.primaryKey()) {
            if (!UNQUOTED_IDENTIFIER.matcher(column).matches()) {
                throw new InvalidVectorizerConfigException("source", source.name(), "has the primary key column \"" + column
                        + "\", which needs quotes in SQL; pgai 0.12.1 writes primary key columns unquoted into the join of the view it creates "
                        + "(t." + column + " = s." + column + "), so PostgreSQL would fold or misread the name and the create would fail. "
                        + "Rename the column (lower-case letters, digits, _ and $, not starting with a digit or $) "
                        + "or use a column destination, which creates no view");
            }
        }
    }

    /** With a source whose fields are known, the loading column must be one of them. */
    static void checkLoadingColumn(Table<?> source, Loading loading) {
        checkLoadingColumn(SourceShape.of(source), loading);
    }

    private static void checkLoadingColumn(SourceShape source, Loading loading) {
        Set<String> columns = source.columns().keySet();
        if (source.columnsKnown() && !columns.contains(loading.columnName())) {
            throw new InvalidVectorizerConfigException("column_name", loading.columnName(),
                    "is not a column of the source table " + source.name() + " (columns: " + columns.stream().sorted().toList() + ")");
        }
        if (source.columnsKnown()) {
            DataType<?> type = source.columns().get(loading.columnName());
            boolean text = type.isString() && !type.isEnum();
            boolean loadable = loading instanceof LoadingUri ? text : text || type.isBinary();
            if (!loadable && !type.isOther()) {
                throw new InvalidVectorizerConfigException("column_name", loading.columnName(),
                        "is of type " + type.getTypeName().toUpperCase(Locale.ROOT) + "; pgai " + (loading instanceof LoadingUri
                                ? "loads URIs only from text, varchar or char columns" : "loads only text, varchar, char or bytea columns"));
            }
        }
    }

    private static void checkColumns(SourceShape source, Destination destination, Loading loading, int dimensions) {
        Set<String> columns = source.columns().keySet();
        checkLoadingColumn(source, loading);
        if (columns.contains("chunk")) {
            throw new InvalidVectorizerConfigException("source", source.name(),
                    "has a column named \"chunk\", which pgai's formatting_python_template (the only formatting) does not allow");
        }
        if (!(destination instanceof DestinationColumn)) {
            for (String reserved : VIEW_COLUMNS) {
                if (columns.contains(reserved)) {
                    throw new InvalidVectorizerConfigException("source", source.name(),
                            "has a column named \"" + reserved + "\", which clashes with the view pgai creates for a table destination "
                                    + "(embedding_uuid, chunk_seq, chunk, embedding)");
                }
            }
        }
        if (destination instanceof DestinationColumn column && columns.contains(column.embeddingColumn())) {
            DataType<?> type = source.columns().get(column.embeddingColumn());
            if (type.isString() || type.isNumeric() || type.isBinary() || type.isTemporal() || type.getType() == Boolean.class) {
                throw new InvalidVectorizerConfigException("embedding_column", column.embeddingColumn(),
                        "already exists in the source table " + source.name() + " with type " + type.getTypeName().toUpperCase(Locale.ROOT)
                                + "; pgai would silently reuse it without checking that it is a vector(" + dimensions + ") column");
            }
        }
    }

    static void checkName(String name) {
        PgaiLimits.vectorizerName(name);
    }

    private static void identifier(String parameter, String value) {
        PgaiLimits.identifier(parameter, value);
    }
}
