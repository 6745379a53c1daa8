package io.github.jooqpgai.maven;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.PgaiDSLContext;
import io.github.jooqpgai.vectorizer.DeclaredVectorizers;
import io.github.jooqpgai.vectorizer.VectorizerDrift;
import io.github.jooqpgai.vectorizer.VectorizerSpec;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Fails the build when the vectorizers of a database differ from those the project declares: the declared ones come
 * from a class of the project (compiled main classes and compile dependencies) implementing
 * {@link DeclaredVectorizers}, the database is the one at {@code <url>}. Each difference is one line, e.g.
 * {@code blog_embeddings: chunking.chunk_size 800 in code, 500 in database}. With {@code <schemata>}, only
 * vectorizers on sources in these schemata count as "in database, not declared in code".
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>check</goal></goals>
 *   <configuration>
 *     <url>jdbc:postgresql://db.example.com/app</url>
 *     <declaredVectorizers>com.example.AppVectorizers</declaredVectorizers>
 *     <schemata><schema>public</schema></schemata>
 *   </configuration>
 * </execution>
 * }</pre>
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class CheckMojo extends ExistingDatabaseMojo {

    /** The project's class implementing {@link DeclaredVectorizers}, with a public no-argument constructor. */
    @Parameter(property = "jooq-pgai.declaredVectorizers", required = true)
    private String declaredVectorizers;

    /** The source schemata whose vectorizers are checked for "not declared in code"; default every vectorizer. */
    @Parameter
    private List<String> schemata;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("jooq-pgai: check skipped (jooq-pgai.skip=true)");
            return;
        }
        String givenUrl = givenUrl();
        if (givenUrl == null || !givenUrl.startsWith("jdbc:postgresql:")) {
            throw new MojoFailureException("jooq-pgai: check needs <url> (or -Djooq-pgai.url, or JOOQ_PGAI_URL), a PostgreSQL JDBC URL"
                    + " starting with jdbc:postgresql:, got: '" + (givenUrl == null ? "" : JdbcUrls.redact(givenUrl)) + "'");
        }
        List<VectorizerSpec> declared = declared();
        RunningDatabase database = RunningDatabase.existing(givenUrl, givenUser(), givenPassword());
        VectorizerDrift drift;
        try (Connection connection = database.connect()) {
            PgaiDSLContext pgai = PgaiDSL.using(connection);
            drift = schemata == null || schemata.isEmpty() ? pgai.vectorizerDrift(declared) : pgai.vectorizerDrift(declared, schemata);
        } catch (SQLException e) {
            throw new MojoFailureException("jooq-pgai: cannot connect to " + database.description() + ": " + e.getMessage()
                    + (e.getSQLState() == null ? "" : " [SQLSTATE " + e.getSQLState() + "]"), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("jooq-pgai: drift check against " + database.description() + " failed: " + e.getMessage(), e);
        }
        if (!drift.isEmpty()) {
            throw new MojoFailureException("jooq-pgai: the vectorizers of " + database.description() + " differ from "
                    + declaredVectorizers + ": " + drift);
        }
        getLog().info("jooq-pgai: no vectorizer drift between " + declaredVectorizers + " (" + declared.size() + " declared) and "
                + database.description());
    }

    /** The declared vectorizers, from the project's class. */
    private List<VectorizerSpec> declared() throws MojoFailureException, MojoExecutionException {
        try (URLClassLoader loader = new URLClassLoader(classpath(), getClass().getClassLoader())) {
            Class<?> type = Class.forName(declaredVectorizers, true, loader);
            if (!DeclaredVectorizers.class.isAssignableFrom(type)) {
                throw new MojoFailureException("jooq-pgai: <declaredVectorizers> " + declaredVectorizers + " does not implement "
                        + DeclaredVectorizers.class.getName());
            }
            List<VectorizerSpec> specs = ((DeclaredVectorizers) type.getConstructor().newInstance()).vectorizers();
            if (specs == null) {
                throw new MojoFailureException("jooq-pgai: " + declaredVectorizers + ".vectorizers() returned null");
            }
            return specs;
        } catch (ClassNotFoundException e) {
            throw new MojoFailureException("jooq-pgai: <declaredVectorizers> class " + declaredVectorizers + " is not on the project's"
                    + " compile classpath (is it compiled? run the check after compile, e.g. in verify)", e);
        } catch (NoSuchMethodException e) {
            throw new MojoFailureException("jooq-pgai: <declaredVectorizers> " + declaredVectorizers
                    + " needs a public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new MojoExecutionException("jooq-pgai: " + declaredVectorizers + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new MojoExecutionException("jooq-pgai: cannot load " + declaredVectorizers + ": " + e, e);
        }
    }

    private URL[] classpath() throws MojoExecutionException {
        try {
            List<URL> urls = new ArrayList<>();
            for (String element : project.getCompileClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
            return urls.toArray(URL[]::new);
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("jooq-pgai: cannot read the project's compile classpath: " + e.getMessage(), e);
        }
    }
}
