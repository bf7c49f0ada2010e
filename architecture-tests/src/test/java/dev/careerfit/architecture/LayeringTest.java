package dev.careerfit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.cli.Main;
import dev.careerfit.guice.CareerfitModule;
import dev.careerfit.json.CareerfitJson;
import dev.careerfit.provider.document.DocumentProvider;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.release.SnapshotReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The layering docs/architecture.md describes, checked on the compiled classes of each module (imported from
 * the module's own jar or classes folder, so a rule about "core" means exactly what core ships).
 */
class LayeringTest {
    /** The top-level command, which registers the subcommands (package-private, so named here). */
    private static final String TOP_COMMAND = "dev.careerfit.cli.CareerfitCommand";
    private static final JavaClasses CORE = module(CareerCatalog.class);
    private static final JavaClasses QUIZ_ENGINE = module(FitScorer.class);
    private static final JavaClasses CLI = module(Main.class);
    private static final JavaClasses EVERYTHING = new ClassFileImporter().importLocations(Set.of(
            location(CareerCatalog.class), location(FitScorer.class), location(Main.class),
            location(CareerfitModule.class), location(CareerfitJson.class), location(DocumentProvider.class),
            location(SnapshotReader.class)));

    /** Core's own packages: what a core class may use besides the JDK. */
    private static final Set<String> CORE_PACKAGES = CORE.stream().map(JavaClass::getPackageName)
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    void coreDependsOnTheJdkOnly() {
        classes().should().onlyDependOnClassesThat(resideInAPackage("java..")
                        .or(resideInAnyPackage(CORE_PACKAGES.toArray(new String[0]))))
                .because("core is the domain and the provider SPI, usable with nothing but a JDK")
                .check(CORE);
    }

    /**
     * Documents in and out (answers, sessions, reports, batch lines) are read and written in
     * {@code dev.careerfit.quiz.json}; the question bank's own reader stays beside the bank types it builds
     * ({@code bank.BankReader}, whose constructors are the bank's own). Everything else (scoring, reports,
     * sessions, batch scoring) works on those types and never sees Jackson.
     */
    @Test
    void theScoringEngineDoesNotDependOnJackson() {
        noClasses().that().resideOutsideOfPackage("dev.careerfit.quiz.json..")
                .and().haveNameNotMatching("dev\\.careerfit\\.quiz\\.bank\\.(BankReader|BankDocument)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "dev.careerfit.json..")
                .because("documents in and out are the JSON adapter's business (dev.careerfit.quiz.json), "
                        + "not the scoring's")
                .check(QUIZ_ENGINE);
    }

    @Test
    void cliCommandsDoNotCallEachOthersHelpers() {
        classes().that(isASubcommand()).should(onlyBeUsedBy("itself and CareerfitCommand, which registers it"))
                .check(CLI);
    }

    @Test
    void coresInternalPackageIsUsedOnlyByTheModulesItIsExportedTo() {
        noClasses().that(not(resideInAnyPackage(CORE_PACKAGES.toArray(new String[0]))))
                .and().resideOutsideOfPackages("dev.careerfit.json..", "dev.careerfit.release..")
                .should().dependOnClassesThat().resideInAPackage("dev.careerfit.internal..")
                .because("core's module-info exports dev.careerfit.internal to careerfit.json and careerfit.release only")
                .check(EVERYTHING);
    }

    @Test
    void theQuizEnginesInternalPackageIsUsedOnlyInsideIt() {
        noClasses().that().resideOutsideOfPackage("dev.careerfit.quiz..")
                .should().dependOnClassesThat().resideInAPackage("dev.careerfit.quiz.internal..")
                .because("the quiz engine's module-info does not export dev.careerfit.quiz.internal")
                .check(EVERYTHING);
    }

    /** A class of the CLI named *Command other than the top-level command and abstract bases. */
    private static DescribedPredicate<JavaClass> isASubcommand() {
        return DescribedPredicate.describe("are subcommands", c -> c.getSimpleName().endsWith("Command")
                && !c.getSimpleName().equals("CareerfitCommand") && !c.getModifiers().contains(
                        com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT));
    }

    private static ArchCondition<JavaClass> onlyBeUsedBy(String description) {
        return new ArchCondition<>("only be used by " + description) {
            @Override
            public void check(JavaClass command, ConditionEvents events) {
                command.getDirectDependenciesToSelf().forEach(d -> {
                    JavaClass user = d.getOriginClass();
                    String top = user.getName().replaceFirst("\\$.*", "");
                    if (!top.equals(command.getName()) && !top.equals(TOP_COMMAND)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    private static JavaClasses module(Class<?> anchor) {
        return new ClassFileImporter().importLocations(Set.of(location(anchor)));
    }

    /** Where the module holding {@code anchor} was loaded from: its jar, or its classes folder in an IDE. */
    private static Location location(Class<?> anchor) {
        try {
            Path path = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(path) ? Location.of(path) : Location.of(new JarFile(path.toFile()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot find the classes of " + anchor.getName(), e);
        }
    }
}
