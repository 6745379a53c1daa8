package io.github.jooqpgai.liquibase;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.vectorizer.CreateVectorizerFinalStep;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import java.util.Arrays;
import java.util.List;
import liquibase.change.Change;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import org.jooq.Name;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * {@code <pgai:createVectorizer>}: {@code ai.create_vectorizer(...)} on a table, written by the DSL's
 * {@code PgaiDSL.createVectorizer(...)}. Its automatic rollback is {@code dropVectorizer} with
 * {@code dropAll="true"} (which needs {@code name}: pgai derives a name from the database state otherwise; and not
 * with {@code ifNotExists}, where the vectorizer may have existed before).
 *
 * <pre>{@code
 * <pgai:createVectorizer tableName="blog" name="blog_embeddings">
 *   <pgai:loading type="column" columnName="content"/>
 *   <pgai:embedding type="openai" model="text-embedding-3-small" dimensions="768"/>
 *   <pgai:chunking type="characterTextSplitter" chunkSize="800" chunkOverlap="400" separator="."/>
 *   <pgai:formatting template="$title - $chunk"/>
 *   <pgai:destination type="table" destination="blog_embeddings"/>
 * </pgai:createVectorizer>
 * }</pre>
 */
@DatabaseChange(name = "createVectorizer", description = "Creates a pgai vectorizer (ai.create_vectorizer)",
        priority = ChangeMetaData.PRIORITY_DEFAULT, appliesTo = "table")
public final class CreateVectorizerChange extends VectorizerChange {

    private String schemaName;
    private String tableName;
    private String name;
    private LoadingElement loading;
    private ParsingElement parsing;
    private EmbeddingElement embedding;
    private ChunkingElement chunking;
    private FormattingElement formatting;
    private IndexingElement indexing;
    private SchedulingElement scheduling;
    private ProcessingElement processing;
    private DestinationElement destination;
    private String queueSchema;
    private String queueTable;
    private String grantTo;
    private Boolean grantToNone;
    private Boolean enqueueExisting;
    private Boolean ifNotExists;

    @DatabaseChangeProperty(description = "Schema of the source table (default: the search path)")
    public String getSchemaName() {
        return schemaName;
    }

    public void setSchemaName(String schemaName) {
        this.schemaName = schemaName;
    }

    @DatabaseChangeProperty(description = "The source table", requiredForDatabase = "postgresql")
    public String getTableName() {
        return tableName;
    }

    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    @DatabaseChangeProperty(description = "The vectorizer's name (needed for automatic rollback)")
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @DatabaseChangeProperty(description = "Where the text comes from", requiredForDatabase = "postgresql")
    public LoadingElement getLoading() {
        return loading;
    }

    public void setLoading(LoadingElement loading) {
        this.loading = loading;
    }

    @DatabaseChangeProperty(description = "How documents are parsed")
    public ParsingElement getParsing() {
        return parsing;
    }

    public void setParsing(ParsingElement parsing) {
        this.parsing = parsing;
    }

    @DatabaseChangeProperty(description = "The embedding model", requiredForDatabase = "postgresql")
    public EmbeddingElement getEmbedding() {
        return embedding;
    }

    public void setEmbedding(EmbeddingElement embedding) {
        this.embedding = embedding;
    }

    @DatabaseChangeProperty(description = "How text is chunked")
    public ChunkingElement getChunking() {
        return chunking;
    }

    public void setChunking(ChunkingElement chunking) {
        this.chunking = chunking;
    }

    @DatabaseChangeProperty(description = "How chunks are formatted")
    public FormattingElement getFormatting() {
        return formatting;
    }

    public void setFormatting(FormattingElement formatting) {
        this.formatting = formatting;
    }

    @DatabaseChangeProperty(description = "Which index pgai creates")
    public IndexingElement getIndexing() {
        return indexing;
    }

    public void setIndexing(IndexingElement indexing) {
        this.indexing = indexing;
    }

    @DatabaseChangeProperty(description = "When the vectorizer runs")
    public SchedulingElement getScheduling() {
        return scheduling;
    }

    public void setScheduling(SchedulingElement scheduling) {
        this.scheduling = scheduling;
    }

    @DatabaseChangeProperty(description = "How the worker batches")
    public ProcessingElement getProcessing() {
        return processing;
    }

    public void setProcessing(ProcessingElement processing) {
        this.processing = processing;
    }

    @DatabaseChangeProperty(description = "Where the embeddings go")
    public DestinationElement getDestination() {
        return destination;
    }

    public void setDestination(DestinationElement destination) {
        this.destination = destination;
    }

    @DatabaseChangeProperty(description = "The queue's schema (default ai)")
    public String getQueueSchema() {
        return queueSchema;
    }

    public void setQueueSchema(String queueSchema) {
        this.queueSchema = queueSchema;
    }

    @DatabaseChangeProperty(description = "The queue table (default _vectorizer_q_<id>)")
    public String getQueueTable() {
        return queueTable;
    }

    public void setQueueTable(String queueTable) {
        this.queueTable = queueTable;
    }

    @DatabaseChangeProperty(description = "Comma-separated roles granted access (plus ai.grant_to_default)")
    public String getGrantTo() {
        return grantTo;
    }

    public void setGrantTo(String grantTo) {
        this.grantTo = grantTo;
    }

    @DatabaseChangeProperty(description = "Grant access to nobody (grant_to => null)")
    public Boolean getGrantToNone() {
        return grantToNone;
    }

    public void setGrantToNone(Boolean grantToNone) {
        this.grantToNone = grantToNone;
    }

    @DatabaseChangeProperty(description = "Whether rows already in the source are queued (default true)")
    public Boolean getEnqueueExisting() {
        return enqueueExisting;
    }

    public void setEnqueueExisting(Boolean enqueueExisting) {
        this.enqueueExisting = enqueueExisting;
    }

    @DatabaseChangeProperty(description = "Return the existing vectorizer of this name instead of failing")
    public Boolean getIfNotExists() {
        return ifNotExists;
    }

    public void setIfNotExists(Boolean ifNotExists) {
        this.ifNotExists = ifNotExists;
    }

    @Override
    Query query() {
        return step().asQuery();
    }

    /** The DSL statement this change stands for, every check run. */
    CreateVectorizerFinalStep step() {
        Name source = schemaName == null ? DSL.name(required("tableName", tableName)) : DSL.name(schemaName, required("tableName", tableName));
        CreateVectorizerFinalStep step = PgaiDSL.createVectorizer(source)
                .loading(required("loading", loading).toConfig())
                .embedding(required("embedding", embedding).toConfig());
        try {
            step = name == null ? step : step.name(name);
            step = parsing == null ? step : step.parsing(parsing.toConfig());
            step = chunking == null ? step : step.chunking(chunking.toConfig());
            step = formatting == null ? step : step.formatting(formatting.toConfig());
            step = indexing == null ? step : step.indexing(indexing.toConfig());
            step = scheduling == null ? step : step.scheduling(scheduling.toConfig());
            step = processing == null ? step : step.processing(processing.toConfig());
            step = destination == null ? step : step.destination(destination.toConfig());
            step = queueSchema == null ? step : step.queueSchema(queueSchema);
            step = queueTable == null ? step : step.queueTable(queueTable);
            step = grants(step);
            step = enqueueExisting == null ? step : step.enqueueExisting(enqueueExisting);
            step = Boolean.TRUE.equals(ifNotExists) ? step.ifNotExists() : step;
            step.spec();
            return step;
        } catch (InvalidVectorizerConfigException e) {
            throw new ChangeAttributeException(ConfigElement.camelCase(e.parameter()), e.getMessage());
        }
    }

    private CreateVectorizerFinalStep grants(CreateVectorizerFinalStep step) {
        if (Boolean.TRUE.equals(grantToNone)) {
            if (grantTo != null) {
                throw new ChangeAttributeException("grantToNone", "grantTo and grantToNone=\"true\" exclude each other");
            }
            return step.grantToNone();
        }
        if (grantTo == null) {
            return step;
        }
        List<String> roles = Arrays.stream(grantTo.split(",", -1)).map(String::strip).toList();
        return step.grantTo(roles);
    }

    /**
     * {@code dropVectorizer name dropAll="true"}: removes the vectorizer with its store table and view. None without
     * {@code name} (pgai derives it from the database) or with {@code ifNotExists} (the vectorizer may have been there
     * before, and a rollback must not drop it): write a {@code <rollback>} then.
     */
    @Override
    protected Change[] createInverses() {
        if (!supportsRollback(null)) {
            return null;
        }
        DropVectorizerChange drop = new DropVectorizerChange();
        drop.setName(name);
        drop.setDropAll(true);
        return new Change[] {drop};
    }

    @Override
    public String getConfirmationMessage() {
        return "Vectorizer " + (name == null ? "" : name + " ") + "created on " + (schemaName == null ? "" : schemaName + ".") + tableName;
    }

    @Override
    public boolean supportsRollback(Database database) {
        return name != null && !Boolean.TRUE.equals(ifNotExists);
    }
}
