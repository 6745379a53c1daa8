package io.github.jooqpgai.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The upper layers of the runtime, kept by the build: the vectorizer config model
 * ({@code vectorizer.config}) ← the vectorizer DSL's public types ({@code vectorizer}) ← its implementation
 * ({@code vectorizer.internal}, not API) ← the entry points ({@code PgaiDSL}, {@code PgaiDSLContext} in the
 * root package); the query embeddings ({@code embedding}) use the config model only; the support for generated
 * code ({@code generated}) uses the config model and the query embeddings. Nothing
 * points back, and none of these packages is in a cycle. (The lower layers, types ← bindings ← query API, have their own test.)
 */
class VectorizerLayersTest {

    private static final JavaClasses RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.jooqpgai");

    @Test
    void configModelBelowDslBelowInternalBelowEntryPointsAndGeneratedCodeSupportBesideThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("entry points").definedBy("io.github.jooqpgai")
                .layer("vectorizer internal").definedBy("io.github.jooqpgai.vectorizer.internal..")
                .layer("vectorizer DSL").definedBy("io.github.jooqpgai.vectorizer")
                .layer("config model").definedBy("io.github.jooqpgai.vectorizer.config..")
                .layer("generated-code support").definedBy("io.github.jooqpgai.generated..")
                .layer("query embeddings").definedBy("io.github.jooqpgai.embedding..")
                .whereLayer("entry points").mayNotBeAccessedByAnyLayer()
                .whereLayer("generated-code support").mayNotBeAccessedByAnyLayer()
                .whereLayer("query embeddings").mayOnlyBeAccessedByLayers("generated-code support", "entry points")
                .whereLayer("vectorizer internal").mayOnlyBeAccessedByLayers("entry points")
                .whereLayer("vectorizer DSL").mayOnlyBeAccessedByLayers("vectorizer internal", "entry points")
                .whereLayer("config model").mayOnlyBeAccessedByLayers("vectorizer DSL", "vectorizer internal", "entry points",
                        "generated-code support", "query embeddings")
                .check(RUNTIME);
    }

    @Test
    void noCycleAmongTheUpperPackages() {
        JavaClasses upper = RUNTIME.that(resideInAnyPackage("io.github.jooqpgai", "io.github.jooqpgai.vectorizer..", "io.github.jooqpgai.generated..",
                "io.github.jooqpgai.embedding.."));
        slices().matching("io.github.(**)").should().beFreeOfCycles().check(upper);
    }
}
