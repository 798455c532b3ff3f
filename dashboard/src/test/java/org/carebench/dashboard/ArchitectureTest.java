package org.carebench.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Packages run one way: views, then feature services, then the shared figures and API helpers, then
 * the warehouse. The frame around the pages knows no page. Sign-in and the audit log serve every
 * feature and know none; the application database knows nothing above the warehouse's settings.
 * Exports sit beside the views: they read the same services, and no service knows them.
 */
@AnalyzeClasses(packages = "org.carebench.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {
        "..catalogue..",
        "..comparison..",
        "..scorecard..",
        "..indicator..",
        "..neighbours..",
        "..dashboard.users..",
        "..dashboard.commentary..",
        "..dashboard.board..",
        "..dashboard.releases..",
        "..dashboard.profile..",
        "..dashboard.training..",
        "..dashboard.localdata.."
    };

    /** Files made from the services' answers: slides, papers, downloads and the command line. */
    private static final String[] EXPORTS = {
        "..dashboard.export..", "..dashboard.pack..", "..dashboard.report..", "..dashboard.cli.."
    };

    @ArchTest
    static final ArchRule servicesKnowNoExport = noClasses()
            .that()
            .resideInAnyPackage(
                    "..dashboard.figures..",
                    "..dashboard.api..",
                    "..dashboard.warehouse..",
                    "..dashboard.base..",
                    "org.carebench.dashboard.catalogue",
                    "org.carebench.dashboard.comparison",
                    "org.carebench.dashboard.scorecard",
                    "org.carebench.dashboard.commentary",
                    "org.carebench.dashboard.board",
                    "org.carebench.dashboard.releases",
                    "org.carebench.dashboard.profile",
                    "org.carebench.dashboard.localdata")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(EXPORTS);

    /** Releases and their change reports read the warehouse's own record; they need no other feature. */
    @ArchTest
    static final ArchRule releasesKnowNoOtherFeature = noClasses()
            .that()
            .resideInAPackage("org.carebench.dashboard.releases..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..catalogue..",
                    "..comparison..",
                    "..scorecard..",
                    "..indicator..",
                    "..neighbours..",
                    "..dashboard.users..",
                    "..dashboard.commentary..",
                    "..dashboard.board..");

    /** What people write lives in the application database only, so no import or rollback can lose it. */
    @ArchTest
    static final ArchRule commentaryNeverTouchesTheWarehouse = noClasses()
            .that()
            .resideInAPackage("..dashboard.commentary..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..dashboard.warehouse..", "org.duckdb..");

    /** Boards read snapshots only through their own queries; their views, like every view, hold no SQL. */
    @ArchTest
    static final ArchRule boardsKnowNoPageNorExport = noClasses()
            .that()
            .resideInAPackage("org.carebench.dashboard.board")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..ui..", "com.vaadin..");

    @ArchTest
    static final ArchRule exportsReadServicesNotEachOthersInsides = noClasses()
            .that()
            .resideInAnyPackage("..dashboard.pack..", "..dashboard.report..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..dashboard.cli..")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Queries")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "org.duckdb..");

    @ArchTest
    static final ArchRule commandLineNeedsNoWebOrVaadin = noClasses()
            .that()
            .resideInAPackage("..dashboard.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..", "..dashboard.base..", "..ui..");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages =
            slices().matching("org.carebench.dashboard.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule baseKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage("..dashboard.base..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule sharedFiguresKnowNoFeature = noClasses()
            .that()
            .resideInAnyPackage("..dashboard.figures..", "..dashboard.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("..dashboard.base..");

    @ArchTest
    static final ArchRule viewsHoldNoSqlOrJdbc = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..", "org.duckdb..")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Queries")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("SqlResource")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("WarehouseSession");

    @ArchTest
    static final ArchRule warehouseDependsOnNothingAbove = noClasses()
            .that()
            .resideInAPackage("..dashboard.warehouse..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("..dashboard.base..", "..dashboard.figures..", "..dashboard.api..");

    @ArchTest
    static final ArchRule securityKnowsNoFeatureOrPage = noClasses()
            .that()
            .resideInAPackage("..dashboard.security..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("..dashboard.base..");

    @ArchTest
    static final ArchRule auditLogKnowsNoFeatureNorSignIn = noClasses()
            .that()
            .resideInAPackage("..dashboard.audit")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("..dashboard.security..", "..dashboard.base..");

    @ArchTest
    static final ArchRule applicationDatabaseKnowsNothingAbove = noClasses()
            .that()
            .resideInAPackage("..dashboard.appdata..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..dashboard.base..",
                    "..dashboard.figures..",
                    "..dashboard.api..",
                    "..dashboard.security..",
                    "..dashboard.audit..");

    /** Training records are what people write: the application database only, never a snapshot or a page. */
    @ArchTest
    static final ArchRule trainingRecordsNeverTouchTheWarehouseNorPages = noClasses()
            .that()
            .resideInAPackage("org.carebench.dashboard.training")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..dashboard.warehouse..", "org.duckdb..", "..ui..", "com.vaadin..");

    /** Uploads run the pipeline as a child process: they read no figures and know no other feature. */
    @ArchTest
    static final ArchRule uploadsKnowNoOtherFeature = noClasses()
            .that()
            .resideInAPackage("org.carebench.dashboard.uploads")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("..dashboard.base..", "..dashboard.security..", "org.duckdb..");
}
