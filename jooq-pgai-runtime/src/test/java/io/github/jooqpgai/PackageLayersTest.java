package io.github.jooqpgai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.List;

/**
 * The runtime's package layers, bottom up: value types, jOOQ bindings, the similarity-search API, and above them
 * the vectorizer DSL, the support for generated code and the entry points. Every arrow points down; the
 * build fails on a class that points back up (an import, a field, a parameter, a thrown type: any class
 * file dependency). To add a rule for an upper layer, add a {@code whereLayer(...)} line to {@link #LAYERS};
 * to cover a new package, give it a layer.
 *
 * <pre>{@code
 * // types        Vector, HalfVector, SparseVector, BitVector: no jOOQ, nothing of ours
 * // bindings     VectorBinding, ...: jOOQ bindings of the types
 * // similarity   VectorTypes, VectorDSL, DistanceMetric: similarity search in jOOQ queries
 * // pgvectorjava PgvectorJava: conversions to pgvector-java's classes (optional dependency)
 * // embedding    Embedder, Embedders: query embeddings from a vectorizer's embedding config (types, config model)
 * }</pre>
 */
@AnalyzeClasses(packages = "io.github.jooqpgai", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageLayersTest {

    private static final String TYPES = "value types";
    private static final String BINDINGS = "bindings";
    private static final String SIMILARITY = "similarity search";
    private static final String PGVECTOR_JAVA = "pgvector-java conversions";
    private static final String VECTORIZER = "vectorizer DSL";
    private static final String EMBEDDING = "query embeddings";
    private static final String GENERATED_CODE_SUPPORT = "support for generated code";
    private static final String ENTRY_POINTS = "entry points";

    /** The packages whose mutual dependencies must be free of cycles. */
    private static final List<String> ACYCLIC_PACKAGES = List.of("types", "bindings", "similarity", "pgvectorjava");

    /**
     * The one layered definition. Dependencies on any class of ours count, also on a package no layer names
     * yet (a constrained layer may not use it); jOOQ and the JDK are governed by the rules below.
     */
    @ArchTest
    static final LayeredArchitecture LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("io.github.jooqpgai..")
            .layer(TYPES).definedBy("io.github.jooqpgai.types..")
            .layer(BINDINGS).definedBy("io.github.jooqpgai.bindings..")
            .layer(SIMILARITY).definedBy("io.github.jooqpgai.similarity..")
            .layer(PGVECTOR_JAVA).definedBy("io.github.jooqpgai.pgvectorjava..")
            .layer(VECTORIZER).definedBy("io.github.jooqpgai.vectorizer..")
            .layer(EMBEDDING).definedBy("io.github.jooqpgai.embedding..")
            .layer(GENERATED_CODE_SUPPORT).definedBy("io.github.jooqpgai.generated..")
            .layer(ENTRY_POINTS).definedBy("io.github.jooqpgai")
            .whereLayer(TYPES).mayNotAccessAnyLayer()
            .whereLayer(BINDINGS).mayOnlyAccessLayers(TYPES)
            .whereLayer(SIMILARITY).mayOnlyAccessLayers(TYPES, BINDINGS)
            .whereLayer(PGVECTOR_JAVA).mayOnlyAccessLayers(TYPES)
            .whereLayer(EMBEDDING).mayOnlyAccessLayers(TYPES, VECTORIZER)
            .whereLayer(EMBEDDING).mayOnlyBeAccessedByLayers(GENERATED_CODE_SUPPORT, ENTRY_POINTS);

    @ArchTest
    static final ArchRule VALUE_TYPES_DO_NOT_DEPEND_ON_JOOQ = noClasses()
            .that().resideInAPackage("io.github.jooqpgai.types..")
            .should().dependOnClassesThat().resideInAPackage("org.jooq..")
            .because("the value types are plain Java values usable without jOOQ");

    @ArchTest
    static final ArchRule ONLY_THE_CONVERSIONS_USE_PGVECTOR_JAVA = noClasses()
            .that().resideOutsideOfPackage("io.github.jooqpgai.pgvectorjava..")
            .should().dependOnClassesThat().resideInAPackage("com.pgvector..")
            .because("pgvector-java is an optional dependency");

    @ArchTest
    static final ArchRule EVERY_BINDING_IS_ON_THE_SHARED_BASE = classes()
            .that().resideInAPackage("io.github.jooqpgai.bindings..")
            .and().areAssignableTo(org.jooq.Binding.class).and().areNotInterfaces()
            .should().beAssignableTo("io.github.jooqpgai.bindings.AbstractVectorBinding")
            .because("the seven Binding methods are implemented once");

    @ArchTest
    static final ArchRule ONLY_THE_ENTRY_POINTS_USE_THE_VECTORIZER_IMPLEMENTATION = noClasses()
            .that().resideOutsideOfPackages("io.github.jooqpgai", "io.github.jooqpgai.vectorizer.internal..")
            .should().dependOnClassesThat().resideInAPackage("io.github.jooqpgai.vectorizer.internal..")
            .because("vectorizer.internal is not API: the public vectorizer and config types stand below it, the entry points above");

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("io.github.jooqpgai.(*)..")
            .that(DescribedPredicate.describe("are one of " + ACYCLIC_PACKAGES,
                    (Slice slice) -> ACYCLIC_PACKAGES.contains(slice.getNamePart(1))))
            .should().beFreeOfCycles();
}
