package org.carebench.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The pipeline's layers: definitions and the warehouse at the bottom, the shared job package above
 * the warehouse, the features (importing, local, schedule, cli) on top, and no cycles among them.
 * Change reports sit under the import, knowing only the warehouse; fetching from EES sits on top of
 * the schedule, which knows it only as one more feed of its inbox.
 */
@AnalyzeClasses(packages = "org.carebench.pipeline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {
        "org.carebench.pipeline.importing..",
        "org.carebench.pipeline.local..",
        "org.carebench.pipeline.schedule..",
        "org.carebench.pipeline.cli..",
        "org.carebench.pipeline.fetch.."
    };

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("org.carebench.pipeline.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule definitionsDependOnNoFeature = noClasses()
            .that()
            .resideInAPackage("org.carebench.pipeline.definition..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule warehouseDependsOnNothingAboveIt = noClasses()
            .that()
            .resideInAPackage("org.carebench.pipeline.warehouse..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("org.carebench.pipeline.job..");

    @ArchTest
    static final ArchRule changeReportsKnowOnlyTheWarehouse = noClasses()
            .that()
            .resideInAPackage("org.carebench.pipeline.changes..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("org.carebench.pipeline.job..");

    @ArchTest
    static final ArchRule onlyTheApplicationStartsAFetch = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.carebench.pipeline.importing..",
                    "org.carebench.pipeline.local..",
                    "org.carebench.pipeline.schedule..",
                    "org.carebench.pipeline.cli..",
                    "org.carebench.pipeline.warehouse..",
                    "org.carebench.pipeline.changes..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.carebench.pipeline.fetch..");
}
