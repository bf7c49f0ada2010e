package dev.careerfit.quiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.role.InterestArea;
import dev.careerfit.role.WorkValue;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in bank, as the quiz engine ships it compiled. */
class QuestionBankTest {
    private final QuestionBank bank = QuestionBanks.builtIn();

    @Test
    void declaresTheSixInterestAreasTheSixWorkValuesAndEveryStandardWorkFactorAsDimensions() {
        assertThat(bank.dimensions(DimensionFamilies.INTEREST)).extracting(d -> d.level().source())
                .containsExactlyElementsOf(Arrays.stream(InterestArea.values()).map(Enum::name).toList());
        assertThat(bank.dimensions(DimensionFamilies.WORK_VALUE)).extracting(d -> d.level().source())
                .containsExactlyElementsOf(Arrays.stream(WorkValue.values()).map(Enum::name).toList());
        assertThat(bank.dimensions(DimensionFamilies.WORK_FACTOR)).extracting(d -> d.level().source())
                .containsExactlyElementsOf(WorkFactors.standard().stream().map(f -> f.id().value()).toList());
        assertThat(bank.dimensions(DimensionFamilies.WORK_FACTOR)).allSatisfy(d -> assertThat(d.name())
                .isEqualTo(WorkFactors.standard(FactorId.of(d.level().source())).orElseThrow().name()));
        assertThat(bank.families()).containsExactlyElementsOf(DimensionFamilies.builtIn());
    }

    @Test
    void asksSeveralActivitiesOnEveryInterestAreaOnTheLikingScale() {
        for (Dimension d : bank.dimensions(DimensionFamilies.INTEREST)) {
            assertThat(bank.questions(d.id())).as(d.id().value()).hasSizeGreaterThanOrEqualTo(6)
                    .allMatch(q -> q.kind() == QuestionKind.INTEREST && q.options().equals(bank.scale(QuestionKind.INTEREST)));
        }
    }

    @Test
    void asksEveryPairOfWorkValuesAsAForcedChoiceSoAgreeingWithEverythingCannotGameIt() {
        List<Dimension> values = bank.dimensions(DimensionFamilies.WORK_VALUE);
        Set<Set<DimensionId>> pairs = new HashSet<>();
        bank.questions().stream().filter(q -> q.kind() == QuestionKind.VALUE_CHOICE)
                .forEach(q -> pairs.add(Set.of(q.dimension(), q.versus())));
        assertThat(pairs).hasSize(values.size() * (values.size() - 1) / 2);
        // Answering 5 ("much more the second") to every choice favours each value as often as it disfavours it.
        for (Dimension v : values) {
            long first = bank.questions(v.id()).stream().filter(q -> q.dimension().equals(v.id())).count();
            long second = bank.questions(v.id()).size() - first;
            assertThat(Math.abs(first - second)).as(v.id().value()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void balancesEveryWorkFactorsStatementsBetweenForwardAndReverseKeysAndAsksHowMuchItMatters() {
        for (Dimension d : bank.dimensions(DimensionFamilies.WORK_FACTOR)) {
            List<Question> items = bank.questions(d.id());
            assertThat(items).as(d.id().value()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(items.stream().mapToInt(Question::keySign).sum()).as(d.id() + " forward minus reverse").isZero();
            assertThat(bank.importanceQuestion(d.id())).as(d.id().value()).isPresent();
        }
    }

    @Test
    void scoresItemsOnMinusOneToOneWithReverseKeysAndValueChoicesPointingTheRightWay() {
        Question forward = bank.question(QuestionId.of("pay.1")).orElseThrow();
        Question reverse = bank.question(QuestionId.of("pay.3")).orElseThrow();
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
        assertThat(bank.firstOf(QuestionKind.EDUCATION_HELD)).get().satisfies(q ->
                assertThat(q.options()).extracting(ResponseOption::value).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        assertThat(bank.firstOf(QuestionKind.STUDY_YEARS)).get().satisfies(q -> assertThat(q.lowestValue()).isZero());
        assertThat(bank.firstOf(QuestionKind.EXPERIENCE_YEARS)).isPresent();
    }

    @Test
    void derivesEveryWorkFactorItCanFromTheReleasesAndSaysWhichItCannot() {
        List<String> derived = bank.dimensions(DimensionFamilies.WORK_FACTOR).stream()
                .filter(d -> d.level().derivation() != null).map(d -> d.id().value()).toList();
        assertThat(derived).contains("pay", "job-demand", "maths-intensity", "programming-intensity",
                "collaboration", "pressure", "continuous-learning", "education-investment");
        assertThat(bank.dimensions(DimensionFamilies.WORK_FACTOR).stream()
                .filter(d -> d.level().derivation() != null && d.level().derivation().formula()
                        == Derivation.Formula.ELEMENT_MEAN)).allSatisfy(d ->
                assertThat(d.level().derivation().elements()).allSatisfy(e ->
                        assertThat(e.fact()).isIn("skill-rating", "knowledge-rating", "work-style-rating")));
    }

    @Test
    void everyQuestionIdIsUnique() {
        QuestionId[] ids = bank.questions().stream().map(Question::id).toArray(QuestionId[]::new);
        assertThat(new HashSet<>(Arrays.asList(ids))).hasSameSizeAs(ids);
    }
}
