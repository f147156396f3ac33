package dev.clientela;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.stereotype.Service;

/**
 * The package rules of DESIGN.md's architecture table. Every feature may use the database package;
 * beyond that, each may use only what its row lists, and dependencies between features never form
 * a cycle.
 */
@AnalyzeClasses(packages = "dev.clientela", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOCUMENT = "dev.clientela.document..";
    private static final String MONEY = "dev.clientela.money..";
    private static final String TENANT = "dev.clientela.tenant..";
    private static final String CLIENT = "dev.clientela.client..";
    private static final String SALES = "dev.clientela.sales..";
    private static final String CREDIT = "dev.clientela.credit..";
    private static final String EVENTS = "dev.clientela.events..";
    private static final String HISTORY = "dev.clientela.history..";
    private static final String COMPAT = "dev.clientela.compat..";
    private static final String IMPORTS = "dev.clientela.imports..";
    private static final String WEB = "dev.clientela.web..";
    private static final String DB = "dev.clientela.db..";

    @ArchTest
    static final ArchRule theDocumentCatalogueIsPureJavaOnItsOwn = noClasses()
            .that()
            .resideInAPackage(DOCUMENT)
            .should()
            .dependOnClassesThat(clientelaOutside(DOCUMENT))
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..");

    /** Money is a value both clients (a credit limit) and sales use, so it belongs to neither. */
    @ArchTest
    static final ArchRule moneyIsPureJavaOnItsOwn = noClasses()
            .that()
            .resideInAPackage(MONEY)
            .should()
            .dependOnClassesThat(clientelaOutside(MONEY))
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "tools.jackson..");

    @ArchTest
    static final ArchRule theWebToolkitKnowsNoOtherPackage =
            noClasses().that().resideInAPackage(WEB).should().dependOnClassesThat(clientelaOutside(WEB));

    @ArchTest
    static final ArchRule theDatabaseKnowsNoOtherPackage =
            noClasses().that().resideInAPackage(DB).should().dependOnClassesThat(clientelaOutside(DB));

    @ArchTest
    static final ArchRule tenantsUseOnlyTheWebToolkitAndTheDatabase =
            noClasses().that().resideInAPackage(TENANT).should().dependOnClassesThat(clientelaOutside(TENANT, WEB, DB));

    @ArchTest
    static final ArchRule clientsUseOnlyDocumentsMoneyTenantsEventsTheWebToolkitAndTheDatabase = noClasses()
            .that()
            .resideInAPackage(CLIENT)
            .should()
            .dependOnClassesThat(clientelaOutside(CLIENT, DOCUMENT, MONEY, TENANT, EVENTS, WEB, DB))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule salesUseOnlyClientsMoneyTenantsEventsTheWebToolkitAndTheDatabase = noClasses()
            .that()
            .resideInAPackage(SALES)
            .should()
            .dependOnClassesThat(clientelaOutside(SALES, CLIENT, MONEY, TENANT, EVENTS, WEB, DB))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule creditUsesOnlyClientsSalesMoneyTenantsEventsTheWebToolkitAndTheDatabase = noClasses()
            .that()
            .resideInAPackage(CREDIT)
            .should()
            .dependOnClassesThat(clientelaOutside(CREDIT, SALES, CLIENT, MONEY, TENANT, EVENTS, WEB, DB))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule eventsUseOnlyTenantsTheWebToolkitAndTheDatabase = noClasses()
            .that()
            .resideInAPackage(EVENTS)
            .should()
            .dependOnClassesThat(clientelaOutside(EVENTS, TENANT, WEB, DB));

    @ArchTest
    static final ArchRule historyReadsClientsSalesAndCreditOnly = noClasses()
            .that()
            .resideInAPackage(HISTORY)
            .should()
            .dependOnClassesThat(clientelaOutside(HISTORY, CLIENT, SALES, CREDIT, TENANT, WEB, DB))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule importsGoThroughTheClientUseCases = noClasses()
            .that()
            .resideInAPackage(IMPORTS)
            .should()
            .dependOnClassesThat(clientelaOutside(IMPORTS, CLIENT, TENANT, EVENTS, WEB, DB));

    @ArchTest
    static final ArchRule noFeatureDependsOnTheCompatibilityProfiles = noClasses()
            .that()
            .resideOutsideOfPackage(COMPAT)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(COMPAT)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("dev.clientela.(*)..").should().beFreeOfCycles();

    /**
     * The use cases (services) and records of clients, sales, credit and history take and give typed
     * values: JSON is read and written by the controllers and profiles above them.
     */
    @ArchTest
    static final ArchRule useCasesAndRecordsSpeakNoJson = classes()
            .that()
            .resideInAnyPackage(CLIENT, SALES, CREDIT, HISTORY)
            .and(areUseCasesOrRecords())
            .should(notMentionJsonTypesInTheirSignatures());

    private static DescribedPredicate<JavaClass> areUseCasesOrRecords() {
        return DescribedPredicate.describe(
                "are use cases (services) or records", c -> c.isRecord() || c.isAnnotatedWith(Service.class));
    }

    private static ArchCondition<JavaClass> notMentionJsonTypesInTheirSignatures() {
        return new ArchCondition<>("not mention tools.jackson types in their fields, parameters or results") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getFields().forEach(f -> report(events, f, f.getType()));
                type.getCodeUnits().forEach(unit -> {
                    unit.getParameterTypes().forEach(p -> report(events, unit, p));
                    report(events, unit, unit.getReturnType());
                });
            }

            private void report(ConditionEvents events, JavaMember member, JavaType signature) {
                signature.getAllInvolvedRawTypes().stream()
                        .filter(t -> t.getPackageName().startsWith("tools.jackson"))
                        .forEach(t -> events.add(SimpleConditionEvent.violated(
                                member, member.getFullName() + " mentions " + t.getName())));
            }
        };
    }

    /** Clientela's own classes outside the given packages (the application class included). */
    private static DescribedPredicate<JavaClass> clientelaOutside(String... allowed) {
        return resideInAPackage("dev.clientela..")
                .and(resideOutsideOfPackages(allowed))
                .as("classes of dev.clientela outside " + String.join(", ", allowed));
    }
}
