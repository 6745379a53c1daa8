package io.github.jooqpgai.maven;

import io.github.jooqpgai.codegen.PgaiDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Target;

/**
 * Generates jOOQ code with jooq-pgai's database and generator from an existing database, the embedded pgai
 * database or a Testcontainers database, applying Flyway migrations (or a Liquibase changelog) first to a database
 * the plugin started.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>io.github.jooqpgai</groupId>
 *   <artifactId>jooq-pgai-maven-plugin</artifactId>
 *   <executions><execution><goals><goal>generate</goal></goals></execution></executions>
 *   <configuration>
 *     <generator><target><packageName>com.example.db</packageName></target></generator>
 *   </configuration>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends ExistingDatabaseMojo {

    static final String DEFAULT_IMAGE = "pgvector/pgvector:pg16";

    /** Generates even when migrations, configuration and plugin version are unchanged since the last run. */
    @Parameter(property = "jooq-pgai.force", defaultValue = "false")
    private boolean force;

    /**
     * {@code url} (an existing database), {@code embedded} or {@code testcontainers}; default {@code url} when a
     * URL is given, else {@code embedded}.
     */
    @Parameter(property = "jooq-pgai.mode")
    private String mode;

    /** Folders of Flyway SQL migrations applied to a database the plugin started; default {@code src/main/resources/db/migration}. */
    @Parameter
    private List<File> migrations;

    /**
     * A Liquibase changelog applied (instead of Flyway migrations) to a database the plugin started; jooq-pgai's
     * change types {@code pgai:createVectorizer}, {@code pgai:dropVectorizer} and {@code pgai:alterVectorizerScheduling}
     * are available in it.
     */
    @Parameter(property = "jooq-pgai.liquibaseChangelog")
    private File liquibaseChangelog;

    /** Flyway placeholders ({@code ${name}} in migrations) for the migrations the plugin applies, e.g. a service URL. */
    @Parameter
    private Map<String, String> placeholders;

    /** State folder of the embedded database; default the embedded module's per-user cache (or {@code PGAI_HOME}). */
    @Parameter(property = "jooq-pgai.embedded.home")
    private File embeddedHome;

    /** Docker image of {@code testcontainers} mode. */
    @Parameter(property = "jooq-pgai.image", defaultValue = DEFAULT_IMAGE)
    private String image;

    /** The {@code pgai} command that installs pgai into the container; default the embedded module's virtualenv. */
    @Parameter(property = "jooq-pgai.pgai")
    private String pgaiExecutable;

    /** jOOQ's own {@code <generator>} configuration; database and generator names default to jooq-pgai's. */
    @Parameter
    private Generator generator;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("jooq-pgai: skipped (jooq-pgai.skip=true)");
            return;
        }
        long started = System.nanoTime();
        DatabaseSource source = source();
        Path changelog = liquibaseChangelog();
        List<Path> migrationFolders = changelog == null ? migrationFolders() : List.of(changelog.getParent());
        Generator effective = effectiveGenerator();
        Path target = Path.of(effective.getTarget().getDirectory());
        Path stateFile = Path.of(project.getBuild().getDirectory(), "jooq-pgai", execution.getExecutionId() + ".fingerprint");
        GenerationFingerprint fingerprint = GenerationFingerprint.of(pluginVersion(), describe(source, changelog == null ? migrationFolders : List.of(changelog), placeholders(), effective), migrationFolders);
        if (!force && Files.isDirectory(target) && fingerprint.matches(stateFile)) {
            project.addCompileSourceRoot(target.toString());
            getLog().info("jooq-pgai: generated code in " + target + " is up to date (migrations, configuration and plugin version"
                    + " unchanged); -Djooq-pgai.force=true regenerates [" + millis(started) + " ms]");
            return;
        }
        try (RunningDatabase database = open(source)) {
            if (migrate(database, migrationFolders, changelog)) {
                excludeHistory(effective, changelog == null ? FlywayMigrations.HISTORY_TABLE : LiquibaseMigrations.HISTORY_TABLES);
            }
            generate(database, effective);
        }
        project.addCompileSourceRoot(target.toString());
        try {
            fingerprint.store(stateFile);
        } catch (IOException e) {
            getLog().warn("jooq-pgai: could not record the up-to-date state in " + stateFile + ": " + e.getMessage());
        }
        Optional<GenerationSummary> summary = SummarizingPgaiGenerator.take(target.toString());
        if (summary.isPresent() && summary.get().vectorizers() == 0) {
            getLog().warn("jooq-pgai: no vectorizers in the generated schemata: no embedding views or Vectorizers constants were"
                    + " generated; create them first (select ai.create_vectorizer(...), e.g. in a migration) or check <inputSchema>");
        }
        getLog().info(summary
                .map(s -> s.line(Duration.ofNanos(System.nanoTime() - started)))
                .orElse("jooq-pgai: generated into " + target + " in " + millis(started) + " ms (no counts: the generator is not "
                        + SummarizingPgaiGenerator.class.getName() + ")"));
    }

    private DatabaseSource source() throws MojoFailureException {
        String givenUrl = givenUrl();
        String chosen = mode == null || mode.isBlank() ? (givenUrl == null ? "embedded" : "url") : mode.trim().toLowerCase(Locale.ROOT);
        switch (chosen) {
            case "url":
                if (givenUrl == null) {
                    throw new MojoFailureException("jooq-pgai: <mode>url</mode> needs <url> (or -Djooq-pgai.url, or JOOQ_PGAI_URL),"
                            + " e.g. jdbc:postgresql://localhost:5432/app");
                }
                if (!givenUrl.startsWith("jdbc:postgresql:")) {
                    throw new MojoFailureException("jooq-pgai: <url> must be a PostgreSQL JDBC URL starting with jdbc:postgresql:, got: '"
                            + JdbcUrls.redact(givenUrl) + "'");
                }
                return new DatabaseSource.Existing(givenUrl, givenUser(), givenPassword());
            case "embedded":
                return new DatabaseSource.Embedded(embeddedHome == null ? null : embeddedHome.toPath().toAbsolutePath());
            case "testcontainers":
                if (image == null || image.isBlank()) {
                    throw new MojoFailureException("jooq-pgai: <image> must name a pgvector image, e.g. " + DEFAULT_IMAGE + ", got: '" + image + "'");
                }
                return new DatabaseSource.Container(image.trim(), pgaiExecutable);
            default:
                throw new MojoFailureException("jooq-pgai: <mode> must be url, embedded or testcontainers, got: '" + mode + "'");
        }
    }

    private Path liquibaseChangelog() throws MojoFailureException {
        if (liquibaseChangelog == null) {
            return null;
        }
        Path file = project.getBasedir().toPath().resolve(liquibaseChangelog.toPath()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new MojoFailureException("jooq-pgai: <liquibaseChangelog> " + file + " is not a file");
        }
        if (migrations != null && !migrations.isEmpty()) {
            throw new MojoFailureException("jooq-pgai: give either <migrations> (Flyway) or <liquibaseChangelog>, not both");
        }
        return file;
    }

    private List<Path> migrationFolders() throws MojoFailureException {
        if (migrations == null || migrations.isEmpty()) {
            Path conventional = project.getBasedir().toPath().resolve("src/main/resources/db/migration");
            return Files.isDirectory(conventional) ? List.of(conventional) : List.of();
        }
        List<Path> folders = new ArrayList<>();
        for (File each : migrations) {
            Path folder = each.isAbsolute() ? each.toPath() : project.getBasedir().toPath().resolve(each.toPath());
            if (!Files.isDirectory(folder)) {
                throw new MojoFailureException("jooq-pgai: <migrations> lists " + folder + ", which is not a folder");
            }
            folders.add(folder);
        }
        return folders;
    }

    /**
     * jOOQ's configuration with jooq-pgai's database and generator where the POM names none (jOOQ's default
     * generator name counts as none), and the target directory made absolute.
     */
    private Generator effectiveGenerator() {
        Generator g = generator == null ? new Generator() : generator;
        if (g.getName() == null || g.getName().equals(new Generator().getName())) {
            g.setName(SummarizingPgaiGenerator.class.getName());
        }
        if (g.getDatabase() == null) {
            g.setDatabase(new Database());
        }
        if (g.getDatabase().getName() == null) {
            g.getDatabase().setName(PgaiDatabase.class.getName());
        }
        if (g.getTarget() == null) {
            g.setTarget(new Target());
        }
        String directory = g.getTarget().getDirectory() == null ? new Target().getDirectory() : g.getTarget().getDirectory();
        g.getTarget().setDirectory(project.getBasedir().toPath().resolve(directory).toAbsolutePath().normalize().toString());
        return g;
    }

    private Map<String, String> placeholders() {
        return placeholders == null ? Map.of() : new TreeMap<>(placeholders);
    }

    private static String describe(DatabaseSource source, List<Path> migrationFolders, Map<String, String> placeholders, Generator generator) {
        String where = source instanceof DatabaseSource.Existing e
                ? "url " + JdbcUrls.redact(e.url()) + " user " + e.user()
                : source instanceof DatabaseSource.Container c ? "testcontainers " + c.image() : "embedded " + source;
        return where + "\nmigrations " + migrationFolders + "\nplaceholders " + placeholders + "\n" + generator;
    }

    private RunningDatabase open(DatabaseSource source) throws MojoFailureException {
        try {
            return DatabaseLauncher.open(source, project.getArtifactId(), message -> getLog().info("jooq-pgai: " + message));
        } catch (DatabaseUnavailableException e) {
            throw new MojoFailureException("jooq-pgai: " + e.getMessage(), e);
        }
    }

    /**
     * Applies the migrations to a database the plugin started.
     *
     * @return whether Flyway or Liquibase ran, and so may have created its history tables (even with nothing to apply)
     */
    private boolean migrate(RunningDatabase database, List<Path> folders, Path changelog) throws MojoFailureException {
        if (!database.startedByPlugin()) {
            if (!folders.isEmpty()) {
                getLog().info("jooq-pgai: migrations are not applied to an existing database (" + database.description() + ")");
            }
            return false;
        }
        try {
            MigrationRunner runner = changelog == null ? new FlywayMigrations(folders, placeholders()) : new LiquibaseMigrations(changelog);
            int applied = runner.migrate(database);
            getLog().info("jooq-pgai: applied " + applied + " migrations from " + (changelog == null ? folders : changelog));
            return !folders.isEmpty();
        } catch (MigrationFailedException e) {
            throw new MojoFailureException("jooq-pgai: " + e.getMessage(), e);
        }
    }

    private static void excludeHistory(Generator g, String historyTables) {
        String excludes = g.getDatabase().getExcludes();
        g.getDatabase().setExcludes(excludes == null || excludes.isBlank()
                ? historyTables : "(" + excludes + ")|" + historyTables);
    }

    private void generate(RunningDatabase database, Generator effective) throws MojoFailureException, MojoExecutionException {
        try (Connection connection = connect(database)) {
            checkPgai(connection, database);
            GenerationTool tool = new GenerationTool();
            tool.setConnection(connection);
            Thread current = Thread.currentThread();
            ClassLoader previous = current.getContextClassLoader();
            current.setContextClassLoader(getClass().getClassLoader());
            try {
                tool.run(new Configuration().withGenerator(effective).withBasedir(project.getBasedir().getAbsolutePath()));
            } finally {
                current.setContextClassLoader(previous);
            }
        } catch (SQLException e) {
            throw new MojoFailureException("jooq-pgai: reading " + database.description() + " failed: " + e.getMessage()
                    + " [SQLSTATE " + e.getSQLState() + "]", e);
        } catch (MojoFailureException e) {
            throw e;
        } catch (Exception e) {
            throw new MojoExecutionException("jooq-pgai: code generation failed: " + e.getMessage(), e);
        }
    }

    private Connection connect(RunningDatabase database) throws MojoFailureException {
        try {
            return database.connect();
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            String what = state.startsWith("28") ? "the database rejected the credentials (check <user> and <password>,"
                    + " or JOOQ_PGAI_USER / JOOQ_PGAI_PASSWORD)"
                    : state.equals("3D000") ? "the database does not exist (check the database name in <url>)"
                    : "the database is unreachable (is the server running, and are host and port in <url> right?"
                    + " Without <url> the plugin starts an embedded database)";
            throw new MojoFailureException("jooq-pgai: cannot connect to " + database.description() + ": " + what + ": "
                    + e.getMessage() + (state.isEmpty() ? "" : " [SQLSTATE " + state + "]"), e);
        }
    }

    private void checkPgai(Connection connection, RunningDatabase database) throws SQLException, MojoFailureException {
        PgaiCatalog catalog = PgaiCatalog.read(connection);
        if (!catalog.installed()) {
            throw new MojoFailureException("jooq-pgai: pgai is not installed in " + database.description()
                    + " (no ai.vectorizer table): run `pip install pgai==0.12.1 && pgai install -d <postgres-url>` against it,"
                    + " or drop <url> to let the plugin start an embedded database that has it");
        }
    }

    private String pluginVersion() {
        String version = plugin.getVersion();
        File jar = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
        return version.endsWith("-SNAPSHOT") && jar != null ? version + "@" + jar.length() + ":" + jar.lastModified() : version;
    }


    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
