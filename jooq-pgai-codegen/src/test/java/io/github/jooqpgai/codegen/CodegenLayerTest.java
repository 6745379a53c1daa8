package io.github.jooqpgai.codegen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.List;

/**
 * The code generator is the top layer: it uses the runtime (value types, bindings, similarity search, vectorizer
 * model), and no runtime class points back at it. The runtime's own layers are checked by the runtime's
 * {@code PackageLayersTest}; here the runtime and the generator are analysed together.
 *
 * <pre>{@code
 * // codegen -> similarity -> bindings -> types, never the other way
 * }</pre>
 */
@AnalyzeClasses(packages = "io.github.jooqpgai", importOptions = ImportOption.DoNotIncludeTests.class)
class CodegenLayerTest {

    /** The packages whose mutual dependencies must be free of cycles. */
    private static final List<String> ACYCLIC_PACKAGES = List.of("types", "bindings", "similarity", "codegen");

    @ArchTest
    static final ArchRule NOTHING_OUTSIDE_CODEGEN_DEPENDS_ON_IT = noClasses()
            .that().resideOutsideOfPackage("io.github.jooqpgai.codegen..")
            .should().dependOnClassesThat().resideInAPackage("io.github.jooqpgai.codegen..")
            .because("the runtime must work without the code generator");

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("io.github.jooqpgai.(*)..")
            .that(DescribedPredicate.describe("are one of " + ACYCLIC_PACKAGES,
                    (Slice slice) -> ACYCLIC_PACKAGES.contains(slice.getNamePart(1))))
            .should().beFreeOfCycles();
}
