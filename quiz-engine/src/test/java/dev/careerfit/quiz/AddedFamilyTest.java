package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.temperament.TemperamentFamily;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.bank.Dimension;
import dev.careerfit.quiz.bank.DimensionFamilies;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.bank.Keying;
import dev.careerfit.quiz.bank.LevelRule;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionBanks;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.fixture.RolesProviderStub;
import dev.careerfit.quiz.report.DimensionResult;
import dev.careerfit.quiz.report.DimensionScore;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.role.RoleId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A family of dimensions added in one class and one registration ({@link TemperamentFamily}, listed for
 * ServiceLoader in the test resources) is found by id, declared in a bank, scored and reported with its own wording,
 * weighed by the settings' map, and survives the compiled bank, with no change to the engine.
 */
class AddedFamilyTest {
    private static final String[][] TRAITS = {{"stress-tolerance", "1.D.4.a", "Stress tolerant"},
            {"attention-to-detail", "1.D.5.a", "Detail minded"}, {"initiative", "1.D.1.b", "Self starting"}};

    private final DimensionFamily family = DimensionFamilies.byId(TemperamentFamily.ID, getClass().getClassLoader())
            .orElseThrow();

    /** The built-in bank with three temperament traits, two statements each, one forward and one reverse. */
    private QuestionBank bank() {
        QuestionBank.Builder b = QuestionBanks.builtIn().toBuilder();
        for (String[] t : TRAITS) {
            DimensionId id = DimensionId.of(t[0]);
            b.dimension(new Dimension(id, family, t[2], "Temperament: " + t[2].toLowerCase(), LevelRule.of(t[1]),
                    "temperament"));
            b.question(QuestionId.of(t[0] + ".1"), QuestionKind.AGREEMENT, "I am " + t[2].toLowerCase() + ".", id, null,
                    Keying.POSITIVE, "temperament");
            b.question(QuestionId.of(t[0] + ".2"), QuestionKind.AGREEMENT, "I am not " + t[2].toLowerCase() + ".", id,
                    null, Keying.REVERSE, "temperament");
        }
        return b.build();
    }

    private static CareerCatalog catalog() {
        return RolesProviderStub.catalogOf(
                RolesProviderStub.role("air-traffic-controller").interests(4, 4, 1, 3, 3, 6)
                        .workStyle("1.D.4.a", "Stress Tolerance", 4.9).workStyle("1.D.5.a", "Attention to Detail", 4.8)
                        .workStyle("1.D.1.b", "Initiative", 3.0).build(),
                RolesProviderStub.role("artist").interests(2, 3, 7, 3, 3, 1)
                        .workStyle("1.D.4.a", "Stress Tolerance", 2.5).workStyle("1.D.5.a", "Attention to Detail", 3.5)
                        .workStyle("1.D.1.b", "Initiative", 4.8).build(),
                RolesProviderStub.role("clerk").interests(2, 2, 1, 3, 3, 5.5)
                        .workStyle("1.D.4.a", "Stress Tolerance", 2.0).workStyle("1.D.5.a", "Attention to Detail", 4.9)
                        .workStyle("1.D.1.b", "Initiative", 2.0).build());
    }

    /**
     * Likes conventional work most, realistic and investigative work next, artistic work least (the controller's
     * shape of interests), and is calm and careful far more than self-starting.
     */
    private static Answers.Builder calmAndCareful(QuestionBank bank) {
        Answers.Builder b = Answers.builder(bank);
        bank.questions().stream().filter(q -> q.kind() == QuestionKind.INTEREST)
                .forEach(q -> b.answer(q.id(), switch (q.dimension().value()) {
                    case "conventional" -> 5;
                    case "realistic", "investigative" -> 4;
                    case "artistic" -> 1;
                    default -> 3;
                }));
        for (String[] t : TRAITS) {
            boolean me = !t[0].equals("initiative");
            b.answer(QuestionId.of(t[0] + ".1"), me ? 5 : 1).answer(QuestionId.of(t[0] + ".2"), me ? 1 : 5);
        }
        return b;
    }

    @Test
    void anAddedFamilyIsScoredAndReportedWithItsOwnWording() {
        QuestionBank bank = bank();
        FitScorer scorer = FitScorers.builder().catalog(catalog()).bank(bank).build();
        Person person = scorer.person(calmAndCareful(bank).build());

        Ranking ranking = scorer.rank(person, RankingRequest.all());
        FitReport controller = scorer.report(person, RoleId.of("air-traffic-controller"));

        assertThat(bank.families()).containsExactly(DimensionFamilies.INTEREST, DimensionFamilies.WORK_VALUE,
                DimensionFamilies.WORK_FACTOR, DimensionFamilies.PREPARATION, family);
        assertThat(ranking.profile()).filteredOn(s -> s.family().equals(family)).extracting(DimensionScore::name)
                .containsExactly("Stress tolerant", "Detail minded", "Self starting");
        assertThat(ranking.roles().get(0).role()).isEqualTo(RoleId.of("air-traffic-controller"));
        assertThat(controller.explanation().dimensions()).filteredOn(r -> r.person().family().equals(family))
                .extracting(DimensionResult::contribution).doesNotContainNull();
        assertThat(controller.explanation().inFavour()).anySatisfy(r -> assertThat(r.summary())
                .isEqualTo("Being stress tolerant comes more easily to you than your other traits, and this work asks "
                        + "for it more than 83% of occupations (4.9 of 5)."));
        assertThat(ranking.notes()).contains("Your work values are not measured yet, so they neither help nor hurt any "
                + "role.").noneMatch(n -> n.contains("temperament"));
    }

    @Test
    void theSettingsWeighAnAddedFamilyByItsIdAndWeightZeroLeavesItOut() {
        QuestionBank bank = bank();
        ScoringSettings without = ScoringSettings.builder().weight(family, 0).build();
        FitScorer weighed = FitScorers.builder().catalog(catalog()).bank(bank).build();
        FitScorer left = FitScorers.builder().catalog(catalog()).bank(bank).settings(without).build();
        Answers answers = calmAndCareful(bank).build();

        FitReport withTemperament = weighed.report(weighed.person(answers), RoleId.of("artist"));
        double interestsAlone = left.report(left.person(answers), RoleId.of("artist")).score();

        assertThat(weighed.settings().weight(family)).isEqualTo(1.0);
        assertThat(withTemperament.explanation().dimensions()).filteredOn(r -> r.person().family().equals(family))
                .extracting(DimensionResult::contribution).as("the artist's traits are the reverse of this person's")
                .allSatisfy(c -> assertThat(c).isNegative());
        assertThat(withTemperament.score()).isNotEqualTo(interestsAlone);
        assertThat(left.report(left.person(answers), RoleId.of("artist")).explanation().dimensions())
                .filteredOn(r -> r.person().family().equals(family)).extracting(DimensionResult::contribution)
                .containsOnlyNulls();
    }

    @Test
    void aCompiledBankKeepsTheAddedFamilyByIdAndFindsItAgainOnTheClassPath() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuestionBanks.compile(bank(), out);

        QuestionBank read = QuestionBanks.readCompiled(new ByteArrayInputStream(out.toByteArray()), "temperament.bank",
                getClass().getClassLoader());

        assertThat(read.dimensions(family)).extracting(d -> d.id().value())
                .containsExactly("stress-tolerance", "attention-to-detail", "initiative");
        assertThat(read.questions()).isEqualTo(bank().questions());
    }
}
