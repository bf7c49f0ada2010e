package dev.careerfit.quiz.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.quiz.bank.BankPart;
import dev.careerfit.quiz.bank.DimensionFamilies;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionBanks;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Bank documents read as JSON or YAML, and the compiled bank the quiz engine ships made from the built-in one. */
class BankDocumentsTest {
    @Test
    void theCompiledBankInTheQuizEngineIsTheBuiltInDocumentCompiled() throws Exception {
        ByteArrayOutputStream compiled = new ByteArrayOutputStream();
        QuestionBanks.compile(QuestionDocuments.builtInDocument(), compiled);
        byte[] shipped;
        try (InputStream in = QuestionBanks.class.getResourceAsStream("/" + QuestionBanks.BUILT_IN)) {
            shipped = in.readAllBytes();
        }

        assertThat(shipped).as("the compiled bank is out of date: run ./mvnw -q -pl quiz-json compile exec:java and "
                + "commit quiz-engine/src/main/resources/" + QuestionBanks.BUILT_IN).isEqualTo(compiled.toByteArray());
        assertThat(QuestionBanks.builtIn().dimensions()).isEqualTo(QuestionDocuments.builtInDocument().dimensions());
        assertThat(QuestionBanks.builtIn().questions()).isEqualTo(QuestionDocuments.builtInDocument().questions());
    }

    @Test
    void addsTheDimensionsAndQuestionsAProviderJarListsOnTheClassPath() throws Exception {
        try (URLClassLoader jar = ExtraBankJar.open()) {
            QuestionBank withExtras = QuestionBanks.standard(jar);

            assertThat(withExtras.parts()).extracting(BankPart::id).containsExactly("careerfit-standard", "night-shifts");
            assertThat(withExtras.dimension(DimensionId.of("night-shifts"))).get()
                    .satisfies(d -> assertThat(d.family()).isEqualTo(DimensionFamilies.WORK_FACTOR));
            assertThat(withExtras.questions(DimensionId.of("night-shifts"))).hasSize(3);
            assertThat(withExtras.version()).isEqualTo(QuestionBanks.builtIn().version());
        }
    }

    @Test
    void readsEveryProblemOfABadDocumentIntoOneException() {
        Path broken = Path.of("src/test/resources/banks/several-errors.json");

        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> QuestionDocuments.builtInWith(broken));

        assertThat(e.problems()).extracting(Problem::where).containsExactlyInAnyOrder(
                broken + " $.format", broken + " $.id", broken + " $.version", broken + " $.dimensions[0].level",
                broken + " $.questions[0].id", broken + " $.questions[0].keying", broken + " $.questions[1].keying",
                broken + " $.questions[2].dimension", broken + " $.questions[3].kind",
                broken + " $.questions[3].options[1].value", broken + " $.questions[4].kind",
                broken + " $.questions[5].dimension", broken + " $.questions[6].versus");
    }
}
