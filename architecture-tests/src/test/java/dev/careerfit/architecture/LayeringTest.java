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
     * Every class the quiz engine's jar ships, without exception, works without Jackson: documents in and out
     * (answers, reports, sessions, bank documents, batch lines) are careerfit-quiz-json's, and the built-in bank is
     * compiled. Direct and transitive dependencies both: what the engine uses of core uses the JDK alone.
     */
    @Test
    void theScoringEngineDoesNotDependOnJacksonOrAnyJsonModule() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml..", "org.yaml..", "dev.careerfit.json..", "dev.careerfit.quiz.json..")
                .because("the engine scores on core alone; JSON is careerfit-quiz-json's business")
                .check(QUIZ_ENGINE);
        noClasses().should().transitivelyDependOnClassesThat()
                .resideInAnyPackage("com.fasterxml..", "org.yaml..", "dev.careerfit.json..", "dev.careerfit.quiz.json..")
                .because("nothing the engine uses may need them either")
                .check(QUIZ_ENGINE);
    }

    /** The quiz engine's module descriptor requires core and the JDK, nothing else: no Jackson, no careerfit-json. */
    @Test
    void theQuizEnginesModuleRequiresCoreAlone() throws IOException, URISyntaxException {
        Path jar = Path.of(FitScorer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var descriptor = java.lang.module.ModuleFinder.of(jar).findAll().iterator().next().descriptor();

        Set<String> requires = descriptor.requires().stream().map(java.lang.module.ModuleDescriptor.Requires::name)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!requires.equals(Set.of("java.base", "dev.careerfit.core"))) {
            throw new AssertionError("dev.careerfit.quiz requires " + requires + "; it may require core alone");
        }
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
