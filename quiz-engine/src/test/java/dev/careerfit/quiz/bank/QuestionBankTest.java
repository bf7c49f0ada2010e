package dev.careerfit.quiz.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.role.InterestArea;
import dev.careerfit.role.WorkValue;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionBankTest {
    private final QuestionBank bank = QuestionBanks.builtIn();

    @Test
    void declaresTheSixInterestAreasTheSixWorkValuesAndEveryStandardWorkFactorAsDimensions() {
        assertThat(bank.dimensions(DimensionFamily.INTEREST)).extracting(d -> d.level().interest())
                .containsExactly(InterestArea.values());
        assertThat(bank.dimensions(DimensionFamily.WORK_VALUE)).extracting(d -> d.level().workValue())
                .containsExactly(WorkValue.values());
        assertThat(bank.dimensions(DimensionFamily.WORK_FACTOR)).extracting(d -> d.level().factor())
                .containsExactlyElementsOf(WorkFactors.standard().stream().map(WorkFactor::id).toList());
        assertThat(bank.dimensions(DimensionFamily.WORK_FACTOR)).allSatisfy(d ->
                assertThat(d.name()).isEqualTo(WorkFactors.standard(d.level().factor()).orElseThrow().name()));
    }

    @Test
    void asksSeveralActivitiesOnEveryInterestAreaOnTheLikingScale() {
        for (Dimension d : bank.dimensions(DimensionFamily.INTEREST)) {
            assertThat(bank.questions(d.id())).as(d.id()).hasSizeGreaterThanOrEqualTo(6)
                    .allMatch(q -> q.kind() == QuestionKind.INTEREST && q.options().equals(bank.likingScale()));
        }
    }

    @Test
    void asksEveryPairOfWorkValuesAsAForcedChoiceSoAgreeingWithEverythingCannotGameIt() {
        List<Dimension> values = bank.dimensions(DimensionFamily.WORK_VALUE);
        Set<Set<String>> pairs = new HashSet<>();
        bank.questions().stream().filter(q -> q.kind() == QuestionKind.VALUE_CHOICE)
                .forEach(q -> pairs.add(Set.of(q.dimension(), q.versus())));
        assertThat(pairs).hasSize(values.size() * (values.size() - 1) / 2);
        // Answering 5 ("much more the second") to every choice favours each value as often as it disfavours it.
        for (Dimension v : values) {
            long first = bank.questions(v.id()).stream().filter(q -> q.dimension().equals(v.id())).count();
            long second = bank.questions(v.id()).size() - first;
            assertThat(Math.abs(first - second)).as(v.id()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void balancesEveryWorkFactorsStatementsBetweenForwardAndReverseKeysAndAsksHowMuchItMatters() {
        for (Dimension d : bank.dimensions(DimensionFamily.WORK_FACTOR)) {
            List<Question> items = bank.questions(d.id());
            assertThat(items).as(d.id()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(items.stream().mapToInt(Question::keySign).sum()).as(d.id() + " forward minus reverse").isZero();
            assertThat(bank.importanceQuestion(d.id())).as(d.id()).isPresent();
        }
    }

    @Test
    void scoresItemsOnMinusOneToOneWithReverseKeysAndValueChoicesPointingTheRightWay() {
        Question forward = bank.question("pay.1").orElseThrow();
        Question reverse = bank.question("pay.3").orElseThrow();
        Question choice = bank.questions().stream().filter(q -> q.kind() == QuestionKind.VALUE_CHOICE).findFirst()
                .orElseThrow();
        assertThat(forward.itemScore(5)).isEqualTo(1.0);
        assertThat(reverse.itemScore(5)).isEqualTo(-1.0);
        assertThat(choice.itemScore(1)).as("much more the first").isEqualTo(1.0);
        assertThat(choice.itemScore(3)).isZero();
    }

    @Test
    void readsAnswersGivenToTheEarlierVersionAndAsksEducationExperienceAndYearsToInvest() {
        assertThat(bank.version()).isEqualTo("2.0");
        assertThat(bank.reads()).containsExactly("1.0");
        assertThat(bank.educationQuestion()).get().satisfies(q ->
                assertThat(q.options()).extracting(ResponseOption::value).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        assertThat(bank.studyYearsQuestion()).get().satisfies(q -> assertThat(q.lowestValue()).isZero());
        assertThat(bank.experienceQuestion()).isPresent();
    }

    @Test
    void derivesEveryWorkFactorItCanFromTheReleasesAndSaysWhichItCannot() {
        List<String> derived = bank.dimensions(DimensionFamily.WORK_FACTOR).stream()
                .filter(d -> d.level().derivation() != null).map(Dimension::id).toList();
        assertThat(derived).contains("pay", "job-demand", "maths-intensity", "programming-intensity",
                "collaboration", "pressure", "continuous-learning", "education-investment");
        assertThat(bank.dimensions(DimensionFamily.WORK_FACTOR).stream()
                .filter(d -> d.level().derivation() != null && d.level().derivation().formula()
                        == Derivation.Formula.ELEMENT_MEAN)).allSatisfy(d ->
                assertThat(d.level().derivation().elements()).allSatisfy(e ->
                        assertThat(e.fact()).isIn("skill-rating", "knowledge-rating", "work-style-rating")));
    }

    @Test
    void addsTheDimensionsAndQuestionsAProviderJarListsOnTheClassPath() throws Exception {
        try (URLClassLoader jar = ExtraBankJar.open()) {
            QuestionBank withExtras = QuestionBanks.standard(jar);

            assertThat(withExtras.parts()).extracting(BankPart::id).containsExactly("careerfit-standard", "night-shifts");
            assertThat(withExtras.dimension("night-shifts")).get()
                    .satisfies(d -> assertThat(d.family()).isEqualTo(DimensionFamily.WORK_FACTOR));
            assertThat(withExtras.questions("night-shifts")).hasSize(3);
            assertThat(withExtras.version()).isEqualTo(bank.version());
        }
    }

    @Test
    void readsEveryProblemOfABadDocumentIntoOneException() {
        Path broken = Path.of("src/test/resources/banks/several-errors.json");

        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> QuestionBanks.builtInWith(broken));

        assertThat(e.problems()).extracting(Problem::where).containsExactlyInAnyOrder(
                broken + " $.format", broken + " $.id", broken + " $.version", broken + " $.dimensions[0].level",
                broken + " $.questions[0].id", broken + " $.questions[0].keying", broken + " $.questions[1].keying",
                broken + " $.questions[2].dimension", broken + " $.questions[3].kind",
                broken + " $.questions[3].options[1].value", broken + " $.questions[4].kind",
                broken + " $.questions[5].dimension", broken + " $.questions[6].versus");
    }

    @Test
    void everyQuestionIdIsUnique() {
        String[] ids = bank.questions().stream().map(Question::id).toArray(String[]::new);
        assertThat(new HashSet<>(Arrays.asList(ids))).hasSameSizeAs(ids);
    }
}
