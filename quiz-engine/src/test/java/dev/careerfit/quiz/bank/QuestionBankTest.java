package dev.careerfit.quiz.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.role.Proficiency;
import dev.careerfit.role.SkillId;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuestionBankTest {
    private final QuestionBank bank = QuestionBanks.builtIn();

    @Test
    void hasAtLeastThreeStatementsOnEveryStandardFactorWithAtLeastOneReverseKeyed() {
        for (WorkFactor f : WorkFactors.standard()) {
            List<Question> items = bank.agreementQuestions(f.id());
            assertThat(items).as(f.id().value()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(items).as(f.id().value()).anyMatch(q -> q.keying() == Keying.REVERSE)
                    .anyMatch(q -> q.keying() == Keying.POSITIVE);
            assertThat(items).allMatch(q -> q.options().equals(bank.agreementScale()));
        }
    }

    @Test
    void hasAnImportanceQuestionOnEveryStandardFactor() {
        for (WorkFactor f : WorkFactors.standard()) {
            assertThat(bank.importanceQuestion(f.id())).as(f.id().value()).get()
                    .satisfies(q -> assertThat(q.options()).isEqualTo(bank.importanceScale()));
        }
    }

    @Test
    void usesFivePointScalesWithNotSureAndSkip() {
        assertThat(bank.agreementScale()).extracting(ResponseOption::label)
                .containsExactly("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree");
        assertThat(bank.importanceScale()).extracting(ResponseOption::value).containsExactly(1, 2, 3, 4, 5);
        assertThat(bank.notSureLabel()).isEqualTo("Not sure");
        assertThat(bank.skipLabel()).isEqualTo("Skip");
        assertThat(bank.version()).isEqualTo("1.0");
    }

    @Test
    void asksAboutEducationHeldAndYearsOfStudyWillingToInvest() {
        assertThat(bank.educationQuestion()).get().satisfies(q ->
                assertThat(q.options()).extracting(ResponseOption::value).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        assertThat(bank.studyYearsQuestion()).get().satisfies(q -> assertThat(q.lowestValue()).isZero());
        assertThat(bank.agreementQuestions(WorkFactors.EDUCATION_INVESTMENT.id())).hasSize(3);
    }

    @Test
    void generatesASelfRatingForEverySkillTheCatalogsRolesRequireWithTheProficiencyAnchors() {
        CareerCatalog catalog = CareerCatalog.builder().build();
        QuestionBank bound = bank.forCatalog(catalog);

        Set<SkillId> required = catalog.roles().stream().flatMap(r -> catalog.requireRole(r.id().value()).groups(FactKinds.SKILL).stream())
                .map(g -> g.value().skill().id()).collect(Collectors.toSet());
        assertThat(required).isNotEmpty().allSatisfy(s -> assertThat(bound.skillQuestion(s)).get().satisfies(q -> {
            assertThat(q.id()).isEqualTo("skill." + s);
            assertThat(q.kind()).isEqualTo(QuestionKind.SKILL_RATING);
            assertThat(q.options()).hasSize(5);
            assertThat(q.options().get(1).label()).isEqualTo("Basic: " + Proficiency.BASIC.anchor());
        }));
        assertThat(bound.forCatalog(catalog)).isSameAs(bound);
    }

    @Test
    void addsTheQuestionsAProviderJarListsOnTheClassPath() throws Exception {
        try (URLClassLoader jar = ExtraBankJar.open()) {
            QuestionBank withExtras = QuestionBanks.standard(jar);

            assertThat(withExtras.parts()).extracting(BankPart::id).containsExactly("careerfit-standard", "night-shifts");
            assertThat(withExtras.agreementQuestions(dev.careerfit.factor.FactorId.of("night-shifts"))).hasSize(3);
            assertThat(withExtras.version()).isEqualTo(bank.version());
        }
    }

    @Test
    void readsEveryProblemOfABadDocumentIntoOneException() {
        Path broken = Path.of("src/test/resources/banks/several-errors.json");

        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> QuestionBanks.builtInWith(broken));

        assertThat(e.problems()).extracting(Problem::where).containsExactlyInAnyOrder(
                broken + " $.format", broken + " $.id", broken + " $.version", broken + " $.questions[0].id",
                broken + " $.questions[0].keying", broken + " $.questions[1].keying", broken + " $.questions[2].factor",
                broken + " $.questions[3].kind", broken + " $.questions[3].options[1].value", broken + " $.questions[4].kind");
    }
}
