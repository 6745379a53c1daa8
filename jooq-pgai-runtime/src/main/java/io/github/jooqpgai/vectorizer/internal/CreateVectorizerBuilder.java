package io.github.jooqpgai.vectorizer.internal;

import io.github.jooqpgai.vectorizer.VectorizerSpec;
import io.github.jooqpgai.vectorizer.PgaiException;
import io.github.jooqpgai.vectorizer.CreateVectorizerLoadingStep;
import io.github.jooqpgai.vectorizer.CreateVectorizerEmbeddingStep;
import io.github.jooqpgai.vectorizer.CreateVectorizerFinalStep;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.vectorizer.internal.PgaiSql.NamedArgument;
import io.github.jooqpgai.vectorizer.config.Chunking;
import io.github.jooqpgai.vectorizer.internal.ConfigFunctionCall.SqlType;
import io.github.jooqpgai.vectorizer.config.Destination;
import io.github.jooqpgai.vectorizer.config.Embedding;
import io.github.jooqpgai.vectorizer.config.Formatting;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.Loading;
import io.github.jooqpgai.vectorizer.config.Parsing;
import io.github.jooqpgai.vectorizer.config.Processing;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import io.github.jooqpgai.vectorizer.config.VectorizerConfigPart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.exception.DetachedException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConnectionProvider;
import org.jooq.impl.SQLDataType;

/** The mutable builder behind the create_vectorizer step interfaces. */
final class CreateVectorizerBuilder implements CreateVectorizerLoadingStep, CreateVectorizerEmbeddingStep, CreateVectorizerFinalStep {

    private final Configuration configuration;
    private final Table<?> source;
    private String name;
    private Destination destination;
    private Loading loading;
    private Parsing parsing;
    private Embedding embedding;
    private Chunking chunking;
    private Indexing indexing;
    private Formatting formatting;
    private Scheduling scheduling;
    private Processing processing;
    private String queueSchema;
    private String queueTable;
    private List<String> grantTo;
    private Boolean enqueueExisting;
    private Boolean ifNotExists;

    CreateVectorizerBuilder(Configuration configuration, Table<?> source) {
        this.configuration = configuration;
        this.source = source;
    }

    @Override
    public CreateVectorizerEmbeddingStep loading(Loading loading) {
        if (loading == null) {
            throw new InvalidVectorizerConfigException("loading", null, "is required (Loading.column(...) or Loading.uri(...))");
        }
        DefinitionChecks.checkLoadingColumn(source, loading);
        this.loading = loading;
        return this;
    }

    @Override
    public CreateVectorizerFinalStep embedding(Embedding embedding) {
        if (embedding == null) {
            throw new InvalidVectorizerConfigException("embedding", null, "is required (Embedding.openai(...), ollama, voyageai or litellm)");
        }
        this.embedding = embedding;
        return this;
    }

    @Override
    public CreateVectorizerFinalStep name(String name) {
        DefinitionChecks.checkName(name);
        this.name = name;
        return this;
    }

    @Override
    public CreateVectorizerFinalStep destination(Destination destination) {
        this.destination = destination;
        return this;
    }

    @Override
    public CreateVectorizerFinalStep parsing(Parsing parsing) {
        this.parsing = parsing;
        return this;
    }

    @Override
    public CreateVectorizerFinalStep chunking(Chunking chunking) {
        this.chunking = chunking;
        return this;
    }

    @Override
    public CreateVectorizerFinalStep indexing(Indexing indexing) {
        this.indexing = indexing;
        return this;
    }

    @Override
    public CreateVectorizerFinalStep formatting(Formatting formatting) {
        this.formatting = formatting;
        return this;
    }

    @Override
    public CreateVectorizerFinalStep scheduling(Scheduling scheduling) {
        this.scheduling = scheduling;
        return this;
    }

    @Override
    public CreateVectorizerFinalStep processing(Processing processing) {
        this.processing = processing;
        return this;
    }

    @Override
    public CreateVectorizerFinalStep queueSchema(String queueSchema) {
        this.queueSchema = queueSchema;
        return this;
    }

    @Override
    public CreateVectorizerFinalStep queueTable(String queueTable) {
        this.queueTable = queueTable;
        return this;
    }

    @Override
    public CreateVectorizerFinalStep grantTo(String... roles) {
        return grantTo(Arrays.asList(roles));
    }

    @Override
    public CreateVectorizerFinalStep grantTo(Collection<String> roles) {
        if (roles.isEmpty()) {
            throw new InvalidVectorizerConfigException("grant_to", roles,
                    "no roles given: ai.grant_to() without roles still grants to the roles in ai.grant_to_default; "
                            + "use grantToNone() to grant to nobody, or leave grantTo out for pgai's default");
        }
        this.grantTo = new ArrayList<>(roles);
        return this;
    }

    @Override
    public CreateVectorizerFinalStep grantToNone() {
        this.grantTo = List.of();
        return this;
    }

    @Override
    public CreateVectorizerFinalStep enqueueExisting(boolean enqueueExisting) {
        this.enqueueExisting = enqueueExisting;
        return this;
    }

    @Override
    public CreateVectorizerFinalStep ifNotExists() {
        this.ifNotExists = true;
        return this;
    }

    @Override
    public VectorizerSpec spec() {
        VectorizerSpec spec = new VectorizerSpec(source, name, destination, loading, parsing, embedding, chunking, indexing,
                formatting, scheduling, processing, queueSchema, queueTable, grantTo, enqueueExisting, ifNotExists);
        DefinitionChecks.check(source, name, destination, loading, parsing, embedding.dimensions(), chunking, indexing,
                scheduling, queueSchema, queueTable, spec.grantTo());
        return spec;
    }

    @Override
    public Field<Integer> asField() {
        return createVectorizer(spec());
    }

    @Override
    public ResultQuery<Record1<Integer>> asQuery() {
        return VectorizerStatements.dsl(configuration).select(asField());
    }

    @Override
    public int execute() {
        if (configuration == null) {
            throw new DetachedException("this create_vectorizer statement is not attached: use PgaiDSL.using(...).createVectorizer(...) "
                    + "or run asQuery() through a DSLContext");
        }
        VectorizerSpec spec = spec();
        try {
            return configuration.dsl().connectionResult(connection ->
                    create(DSL.using(configuration.derive(new DefaultConnectionProvider(connection))), spec));
        } catch (RuntimeException e) {
            throw PgaiException.translate(e);
        }
    }

    /**
     * On one connection: reads the source from the catalog and checks it like a generated table, creates
     * the vectorizer, and with {@code if_not_exists} makes sure the returned one is on this source.
     */
    private static int create(DSLContext dsl, VectorizerSpec spec) {
        SourceShape source = SourceCatalog.read(dsl, spec.source());
        DefinitionChecks.checkCatalogSource(source, spec);
        int id = dsl.fetchValue(dsl.select(createVectorizer(spec)));
        if (Boolean.TRUE.equals(spec.ifNotExists())) {
            ExistingVectorizerCheck.requireSource(dsl, id, source);
        }
        return id;
    }

    /** {@code ai.create_vectorizer(source => ..., ...)} with every set argument by name. */
    static Field<Integer> createVectorizer(VectorizerSpec d) {
        List<NamedArgument> arguments = new ArrayList<>();
        arguments.add(new NamedArgument("source", PgaiSql.regclass(d.source())));
        if (d.name() != null) {
            arguments.add(new NamedArgument("name", PgaiSql.value(d.name(), SqlType.TEXT)));
        }
        config(arguments, "destination", d.destination());
        config(arguments, "loading", d.loading());
        config(arguments, "parsing", d.parsing());
        config(arguments, "embedding", d.embedding());
        config(arguments, "chunking", d.chunking());
        config(arguments, "indexing", d.indexing());
        config(arguments, "formatting", d.formatting());
        config(arguments, "scheduling", d.scheduling());
        config(arguments, "processing", d.processing());
        if (d.queueSchema() != null) {
            arguments.add(new NamedArgument("queue_schema", PgaiSql.value(d.queueSchema(), SqlType.NAME)));
        }
        if (d.queueTable() != null) {
            arguments.add(new NamedArgument("queue_table", PgaiSql.value(d.queueTable(), SqlType.NAME)));
        }
        if (d.grantTo() != null && d.grantTo().isEmpty()) {
            arguments.add(new NamedArgument("grant_to", PgaiSql.cast(DSL.val((String) null, SQLDataType.VARCHAR), "name[]")));
        } else if (d.grantTo() != null) {
            arguments.add(new NamedArgument("grant_to", PgaiSql.function("grant_to", SQLDataType.OTHER,
                    List.of(new NamedArgument("variadic grantees", PgaiSql.array(d.grantTo(), "name[]"))))));
        }
        if (d.enqueueExisting() != null) {
            arguments.add(new NamedArgument("enqueue_existing", PgaiSql.value(d.enqueueExisting(), SqlType.BOOL)));
        }
        if (d.ifNotExists() != null) {
            arguments.add(new NamedArgument("if_not_exists", PgaiSql.value(d.ifNotExists(), SqlType.BOOL)));
        }
        return PgaiSql.function("create_vectorizer", SQLDataType.INTEGER, arguments);
    }

    private static void config(List<NamedArgument> arguments, String name, VectorizerConfigPart part) {
        if (part != null) {
            arguments.add(new NamedArgument(name, PgaiSql.config(part)));
        }
    }
}
