package io.github.jooqpgai.it.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Property;
import org.jooq.meta.jaxb.SchemaMappingType;
import org.jooq.meta.jaxb.Strategy;
import org.jooq.meta.jaxb.Target;

/**
 * One programmatic jOOQ code generation run, configured the way a user's {@code <configuration>} would be,
 * with deterministic output (no generated annotation, no view sources).
 *
 * <pre>{@code
 * Path src = CodegenRun.pgai(db.jdbcUrl(), db.schema(), "com.example.db").outputSchema("fixture").generate(dir);
 * }</pre>
 */
final class CodegenRun {

    static final String PGAI_DATABASE = "io.github.jooqpgai.codegen.PgaiDatabase";
    static final String PGAI_GENERATOR = "io.github.jooqpgai.codegen.PgaiGenerator";
    static final String STOCK_DATABASE = "org.jooq.meta.postgres.PostgresDatabase";
    static final String STOCK_GENERATOR = "org.jooq.codegen.JavaGenerator";

    private final String jdbcUrl;
    private final String inputSchema;
    private final String packageName;
    private final String databaseClass;
    private final String generatorClass;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private String outputSchema;
    private String excludes;
    private final List<ForcedType> forcedTypes = new ArrayList<>();
    private Strategy strategy;
    private Connection connection;

    private CodegenRun(String jdbcUrl, String inputSchema, String packageName, String databaseClass, String generatorClass) {
        this.jdbcUrl = jdbcUrl;
        this.inputSchema = inputSchema;
        this.packageName = packageName;
        this.databaseClass = databaseClass;
        this.generatorClass = generatorClass;
    }

    /** A run with jooq-pgai's database and generator. */
    static CodegenRun pgai(String jdbcUrl, String inputSchema, String packageName) {
        return new CodegenRun(jdbcUrl, inputSchema, packageName, PGAI_DATABASE, PGAI_GENERATOR);
    }

    /** A run with stock jOOQ: {@code PostgresDatabase} and {@code JavaGenerator}. */
    static CodegenRun stock(String jdbcUrl, String inputSchema, String packageName) {
        return new CodegenRun(jdbcUrl, inputSchema, packageName, STOCK_DATABASE, STOCK_GENERATOR);
    }

    /** Maps the input schema to another name in the generated code (for stable golden files). */
    CodegenRun outputSchema(String name) {
        this.outputSchema = name;
        return this;
    }

    /** Sets {@code <database><excludes>}. */
    CodegenRun excludes(String regex) {
        this.excludes = regex;
        return this;
    }

    /** Adds a {@code <database><forcedTypes>} entry. */
    CodegenRun forcedType(ForcedType forcedType) {
        forcedTypes.add(forcedType);
        return this;
    }

    /** Sets {@code <generator><strategy>}. */
    CodegenRun strategy(Strategy configured) {
        this.strategy = configured;
        return this;
    }

    /** Adds a {@code <database><properties>} entry. */
    CodegenRun property(String key, String value) {
        properties.put(key, value);
        return this;
    }

    /**
     * Reads the catalog through {@code open} (left open, its transaction untouched) instead of a new connection,
     * e.g. to generate from uncommitted fixtures that other sessions of the shared database never see.
     */
    CodegenRun connection(Connection open) {
        this.connection = open;
        return this;
    }

    /** Generates into {@code directory} (cleaned first) and returns it. */
    Path generate(Path directory) {
        try {
            Files.createDirectories(directory);
            GenerationTool tool = new GenerationTool();
            if (connection != null) {
                tool.setConnection(connection);
            }
            tool.run(configuration(directory));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("code generation failed for schema " + inputSchema, e);
        }
    }

    private Configuration configuration(Path directory) {
        Database database = new Database().withName(databaseClass).withExcludes(excludes);
        if (inputSchema != null) {
            database.withSchemata(new SchemaMappingType().withInputSchema(inputSchema).withOutputSchema(outputSchema));
        }
        properties.forEach((k, v) -> database.getProperties().add(new Property().withKey(k).withValue(v)));
        database.getForcedTypes().addAll(forcedTypes);
        return new Configuration()
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(jdbcUrl))
                .withGenerator(new Generator()
                        .withName(generatorClass)
                        .withStrategy(strategy)
                        .withDatabase(database)
                        .withGenerate(new Generate()
                                .withGeneratedAnnotation(false)
                                .withSources(false)
                                .withSourcesOnViews(false)
                                .withPojos(true)
                                .withDaos(true))
                        .withTarget(new Target().withPackageName(packageName).withDirectory(directory.toString()).withClean(true)));
    }
}
