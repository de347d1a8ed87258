package uk.placementbroker;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PlacementBrokerApplication.class);

    @Test
    void modulesOnlyUseEachOthersApisAndHaveNoCycles() {
        modules.verify();
    }

    /**
     * Writes the module diagrams to target/spring-modulith-docs. Its JSON reader of our Javadoc breaks on
     * a comma inside double quotes in a comment, so comments quote without commas.
     */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
