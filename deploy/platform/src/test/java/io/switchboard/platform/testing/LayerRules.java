package io.switchboard.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    @ArchTest
    public static final ArchRule persistenceDoesNotCallUseCases = noClasses()
            .that().resideInAPackage("io.switchboard..persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("io.switchboard..application..", "io.switchboard..api..");

    /** A consumer hands its event to a use case; publishing is the use case's business, not the consumer's. */
    @ArchTest
    public static final ArchRule consumersDoNotPublish = noClasses()
            .that().haveSimpleNameEndingWith("Consumer")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Publisher")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.switchboard.platform.events.Outbox");

    /** Every package of a service is its own slice: no two packages may depend on each other in a circle. */
    @ArchTest
    public static final ArchRule noPackageCycles = slices().matching("io.switchboard.(**)").should().beFreeOfCycles();

    private LayerRules() {
    }
}
