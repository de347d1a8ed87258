package uk.placementbroker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Domain rules stay plain Java, so they can be read, tested and run (scripts/indicators) without Spring, a database or the web. */
class DomainPurityTests {

    private static final String[] DOMAIN_PACKAGES = {
        "uk.placementbroker.shared..",
        "uk.placementbroker.matching..",
        "uk.placementbroker.insight.indicators..",
        "uk.placementbroker.insight.ssda903..",
        "uk.placementbroker.finance.reconciliation..",
        "uk.placementbroker.finance.savings.."
    };

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.placementbroker");

    @Test
    void domainRulesDoNotDependOnSpringJdbcOrTheWeb() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN_PACKAGES)
                // A module's package-info carries Modulith's annotation, which is not code.
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..")
                .check(classes);
    }
}
