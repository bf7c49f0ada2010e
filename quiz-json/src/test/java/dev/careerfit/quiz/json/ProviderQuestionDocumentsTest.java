package dev.careerfit.quiz.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.Problem;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.quiz.bank.BankPart;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionBanks;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The question documents provider jars ship: a broken or mistyped one costs only its own questions. */
class ProviderQuestionDocumentsTest {
    private static final String NIGHT_SHIFTS = """
            format: careerfit-questions/1
            id: night-shifts
            version: "1"
            questions:
              - {id: night-shifts.1, kind: AGREEMENT, factor: night-shifts, keying: POSITIVE, text: "I like nights."}
              - {id: night-shifts.2, kind: AGREEMENT, factor: night-shifts, keying: REVERSE, text: "I want my nights free."}
            """;
    private static final WorkFactor NIGHT = new WorkFactor(FactorId.of("night-shifts"), "Night shifts",
            "How often the work is done at night.");

    @TempDir
    Path temp;

    @Test
    void aBrokenDocumentIsLeftOutWithAWarningNamingItAndItsJarAndTheRestOfTheBankWorks() throws Exception {
        String broken = NIGHT_SHIFTS.replace("kind: AGREEMENT, factor: night-shifts, keying: REVERSE",
                "kind: AGREEING, factor: night-shifts, keying: REVERSE");
        try (URLClassLoader loader = jar("acme-provider.jar", Map.of("acme/night.yaml", broken))) {
            QuestionBank bank = QuestionBanks.standard(loader);

            assertThat(bank.parts()).extracting(BankPart::id).containsExactly("careerfit-standard");
            assertThat(bank.questions()).hasSameSizeAs(QuestionBanks.builtIn().questions());
            assertThat(bank.warnings()).singleElement().satisfies(w -> {
                assertThat(w.where()).isEqualTo("acme/night.yaml in acme-provider.jar");
                assertThat(w.message()).contains("its questions are left out", "acme/night.yaml:6:", "AGREEING");
            });
        }
    }

    @Test
    void aDocumentNamingAFactorNoProviderDeclaresIsLeftOutNamingTheFileAndPath() throws Exception {
        String typo = NIGHT_SHIFTS.replace("factor: night-shifts, keying: REVERSE", "factor: night-shfts, keying: REVERSE");
        try (URLClassLoader loader = jar("acme-provider.jar", Map.of("acme/night.yaml", typo))) {
            List<WorkFactor> factors = new ArrayList<>(WorkFactors.standard());
            factors.add(NIGHT);

            QuestionBank bank = QuestionBanks.standard(loader).withFactors(factors);

            assertThat(bank.dimension(DimensionId.of("night-shfts"))).isEmpty();
            assertThat(bank.questions(DimensionId.of("night-shifts"))).isEmpty();
            assertThat(bank.parts()).extracting(BankPart::id).containsExactly("careerfit-standard");
            assertThat(bank.warnings()).extracting(Problem::toString)
                    .contains("acme/night.yaml $.questions[1].dimension: unknown work factor 'night-shfts': neither "
                            + "standard nor declared by a provider (a typo?); the questions of document 'night-shifts' "
                            + "are left out")
                    .anySatisfy(w -> assertThat(w).startsWith("factor 'night-shifts': a provider declares it but no "
                            + "question measures it"));
        }
    }

    @Test
    void aFactorAProviderDeclaresWithoutQuestionsIsAWarningAndOneWithQuestionsIsNot() throws Exception {
        List<WorkFactor> factors = new ArrayList<>(WorkFactors.standard());
        factors.add(NIGHT);

        assertThat(QuestionBanks.builtIn().withFactors(factors).warnings()).extracting(Problem::where)
                .containsExactly("factor 'night-shifts'");
        try (URLClassLoader loader = jar("acme-provider.jar", Map.of("acme/night.yaml", NIGHT_SHIFTS))) {
            assertThat(QuestionBanks.standard(loader).withFactors(factors).warnings()).isEmpty();
        }
    }

    private URLClassLoader jar(String name, Map<String, String> documents) throws Exception {
        Path jar = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry(QuestionBanks.LISTING));
            j.write(String.join("\n", documents.keySet()).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> d : documents.entrySet()) {
                j.putNextEntry(new JarEntry(d.getKey()));
                j.write(d.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ProviderQuestionDocumentsTest.class.getClassLoader());
    }
}
