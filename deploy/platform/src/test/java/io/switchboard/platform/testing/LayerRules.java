package io.switchboard.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering every service keeps; include with {@code ArchTests.in(LayerRules.class)}. */
public final class LayerRules {

    @ArchTest
    public static final ArchRule domainKnowsNothingOfTheOuterLayers = noClasses()
            .that().resideInAPackage("io.switchboard..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.switchboard..api..",
                    "io.switchboard..persistence..", "io.switchboard..messaging..", "io.switchboard..application..");

    @ArchTest
    public static final ArchRule resourcesDoNotTouchPersistence = noClasses()
            .that().resideInAPackage("io.switchboard..api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.switchboard..persistence..", "jakarta.persistence..");

    private LayerRules() {
    }
}
