package io.github.jooqpgai.vectorizer;

import io.github.jooqpgai.InvalidVectorizerConfigException;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.DestinationColumn;
import io.github.jooqpgai.vectorizer.config.DestinationTable;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.IndexingDiskann;
import io.github.jooqpgai.vectorizer.config.IndexingHnsw;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.LoadingUri;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;

/** The Java-side checks of a whole create_vectorizer call: what pgai misses and what needs no database. */
final class DefinitionChecks {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z_0-9]*");
    private static final List<String> VIEW_COLUMNS = List.of("embedding_uuid", "chunk_seq", "embedding");

    private DefinitionChecks() {
    }

    static void check(Table<?> source, String name, Destination destination, Loading loading, int dimensions, Chunking chunking,
            Indexing indexing, Scheduling scheduling, String queueSchema, String queueTable, List<String> grantTo) {
        checkName(name);
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
        Set<String> columns = columns(source);
        if (!columns.isEmpty()) {
            checkColumns(source, columns, destination, loading, dimensions);
        }
        if (destination instanceof DestinationColumn && !(chunking instanceof Chunking.None)) {
            throw new InvalidVectorizerConfigException("chunking", chunking == null ? "ai.chunking_recursive_character_text_splitter() (pgai's default)" : chunking,
                    "a column destination needs chunking => Chunking.none() (one embedding per row)");
        }
        if (destination instanceof DestinationTable table && table.viewSchema() != null) {
            String sourceSchema = source.getSchema() == null ? null : source.getSchema().getName();
            if (!table.viewSchema().equals(sourceSchema)) {
                throw new InvalidVectorizerConfigException("view_schema", table.viewSchema(),
                        "pgai 0.12.1 ignores view_schema and always creates the view in the source table's schema ("
                                + (sourceSchema == null ? "unknown here: qualify the source table" : sourceSchema) + "); leave it out");
            }
        }
        if (scheduling instanceof Scheduling.None && (indexing instanceof IndexingHnsw || indexing instanceof IndexingDiskann)) {
            throw new InvalidVectorizerConfigException("indexing", indexing,
                    "automatic indexing needs scheduling; with scheduling => Scheduling.none() use Indexing.none()");
        }
    }

    /** With a source whose fields are known, the loading column must be one of them. */
    static void checkLoadingColumn(Table<?> source, Loading loading) {
        Set<String> columns = columns(source);
        if (!columns.isEmpty() && !columns.contains(loading.columnName())) {
            throw new InvalidVectorizerConfigException("column_name", loading.columnName(),
                    "is not a column of the source table " + source.getName() + " (columns: " + columns.stream().sorted().toList() + ")");
        }
        if (!columns.isEmpty()) {
            DataType<?> type = source.field(loading.columnName()).getDataType();
            boolean text = type.isString() && !type.isEnum();
            boolean loadable = loading instanceof LoadingUri ? text : text || type.isBinary();
            if (!loadable && !type.isOther()) {
                throw new InvalidVectorizerConfigException("column_name", loading.columnName(),
                        "is of type " + type.getTypeName().toUpperCase(Locale.ROOT) + "; pgai " + (loading instanceof LoadingUri
                                ? "loads URIs only from text, varchar or char columns" : "loads only text, varchar, char or bytea columns"));
            }
        }
    }

    private static Set<String> columns(Table<?> source) {
        return Arrays.stream(source.fields()).map(Field::getName).collect(Collectors.toSet());
    }

    private static void checkColumns(Table<?> source, Set<String> columns, Destination destination, Loading loading, int dimensions) {
        checkLoadingColumn(source, loading);
        if (columns.contains("chunk")) {
            throw new InvalidVectorizerConfigException("source", source.getName(),
                    "has a column named \"chunk\", which pgai's formatting_python_template (the only formatting) does not allow");
        }
        if (!(destination instanceof DestinationColumn)) {
            for (String reserved : VIEW_COLUMNS) {
                if (columns.contains(reserved)) {
                    throw new InvalidVectorizerConfigException("source", source.getName(),
                            "has a column named \"" + reserved + "\", which clashes with the view pgai creates for a table destination "
                                    + "(embedding_uuid, chunk_seq, chunk, embedding)");
                }
            }
        }
        if (destination instanceof DestinationColumn column && columns.contains(column.embeddingColumn())) {
            DataType<?> type = source.field(column.embeddingColumn()).getDataType();
            if (type.isString() || type.isNumeric() || type.isBinary() || type.isTemporal() || type.getType() == Boolean.class) {
                throw new InvalidVectorizerConfigException("embedding_column", column.embeddingColumn(),
                        "already exists in the source table " + source.getName() + " with type " + type.getTypeName().toUpperCase(Locale.ROOT)
                                + "; pgai would silently reuse it without checking that it is a vector(" + dimensions + ") column");
            }
        }
    }

    static void checkName(String name) {
        if (name == null) {
            return;
        }
        if (!NAME.matcher(name).matches()) {
            throw new InvalidVectorizerConfigException("name", name, "must match ^[a-z][a-z_0-9]*$ (pgai's check constraint)");
        }
        identifier("name", name);
    }

    private static void identifier(String parameter, String value) {
        if (value == null) {
            return;
        }
        if (value.isEmpty() || value.indexOf('\u0000') >= 0 || value.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
            throw new InvalidVectorizerConfigException(parameter, value, "must be a non-empty identifier without NUL characters or unpaired surrogates");
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > 63) {
            throw new InvalidVectorizerConfigException(parameter, value, "is " + bytes + " bytes long; PostgreSQL would silently truncate it to 63 bytes");
        }
    }
}
