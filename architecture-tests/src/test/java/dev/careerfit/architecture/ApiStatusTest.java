package dev.careerfit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.careerfit.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every public type of every published careerfit jar says how far a user can rely on it, with {@link Api}: stable,
 * experimental or internal (docs/architecture.md, "API status"). The published jars are the bom's; this module
 * depends on each of them, so their main classes are on the test class path (tests excluded).
 */
class ApiStatusTest {
    private static final JavaClasses PUBLISHED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.careerfit");

    @Test
    void everyPublicTypeOfAPublishedJarHasAnApiStatus() {
        // The web app's templates are classes jte generates at build time, in a package the module does not export.
        classes().that().arePublic()
                .and().resideOutsideOfPackages("dev.careerfit.architecture..", "dev.careerfit.web.templates..")
                .should().beAnnotatedWith(Api.class)
                .because("a user of a published jar sees whether a type is stable, experimental or internal")
                .check(PUBLISHED);
    }

    @Test
    void typesInInternalPackagesAreMarkedInternal() {
        classes().that().arePublic().and().resideInAPackage("..internal..")
                .should(haveStatus(Api.Status.INTERNAL))
                .because("an internal package is for careerfit's own modules")
                .check(PUBLISHED);
    }

    /** The import covers every published jar: each of the bom's artifacts is a dependency of this module. */
    @Test
    void thisModuleDependsOnEveryArtifactOfTheBom() throws IOException {
        Set<String> published = artifactIds(Path.of("../bom/pom.xml"));
        published.remove("careerfit-bom");
        Set<String> here = artifactIds(Path.of("pom.xml"));
        published.removeAll(here);
        assertEquals(Set.of(), published, "published artifacts this module's pom does not depend on");
    }

    @Test
    void theImportFoundEveryPublishedModule() {
        for (String type : List.of("dev.careerfit.catalog.CareerCatalog", "dev.careerfit.quiz.FitScorer",
                "dev.careerfit.quiz.json.QuizJson", "dev.careerfit.spark.SparkBatchJob", "dev.careerfit.cli.Main",
                "dev.careerfit.web.CareerfitWeb", "dev.careerfit.report.ReportFormats",
                "dev.careerfit.provider.tck.CareerDataProviderContractTest")) {
            assertEquals(true, PUBLISHED.contain(type), type);
        }
    }

    private static ArchCondition<JavaClass> haveStatus(Api.Status status) {
        return new ArchCondition<>("be marked @Api(" + status + ")") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean marked = type.tryGetAnnotationOfType(Api.class).map(api -> api.value() == status)
                        .orElse(false);
                events.add(new SimpleConditionEvent(type, marked, type.getName() + " is not @Api(" + status + ")"));
            }
        };
    }

    private static Set<String> artifactIds(Path pom) throws IOException {
        Matcher matcher = Pattern.compile("<artifactId>(careerfit-[\\w-]+)</artifactId>").matcher(Files.readString(pom));
        Set<String> ids = new TreeSet<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
