package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorId;
import dev.careerfit.quiz.bank.Keying;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.report.FactorResult;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.FitInterval;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Properties the method must keep for any answers: loops over random answer sets with fixed seeds. */
class ScoringPropertiesTest {
    private static final int RUNS = 300;
    private static FitScorer scorer;
    private static List<RoleSummary> roles;

    @BeforeAll
    static void loadTheSeedCatalog() {
        CareerCatalog catalog = CareerCatalog.builder().strict(true).build();
        scorer = FitScorers.create(catalog);
        roles = catalog.rolesWith(FactKinds.FACTOR);
    }

    @Test
    void likingAFactorTheRoleHasMoreNeverLowersTheFit() {
        Random random = new Random(20261122);
        int checked = 0;
        for (int run = 0; run < RUNS; run++) {
            Answers answers = RandomAnswers.of(scorer.bank(), random);
            RoleSummary summary = roles.get(random.nextInt(roles.size()));
            CareerRole role = scorer.catalog().requireRole(summary.id().value());
            FitEstimate before = scorer.estimate(answers, role.id().value());
            for (Answer a : answers.answers()) {
                Question q = scorer.bank().question(a.question()).orElseThrow();
                if (q.kind() != QuestionKind.AGREEMENT || !a.answered() || role.factor(q.factor()).isEmpty()) {
                    continue;
                }
                int warmer = q.keying() == Keying.POSITIVE ? a.value() + 1 : a.value() - 1;
                if (!q.accepts(warmer) || before.score() == null) {
                    continue;
                }
                FitEstimate after = scorer.estimate(answers.with(Answer.of(q.id(), warmer)), role.id().value());
                assertThat(after.score()).as("fit after liking %s more (run %d)", q.id(), run)
                        .isGreaterThanOrEqualTo(before.score());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void reversingAReverseKeyedAnswerMirrorsTheAttitude() {
        for (Question q : scorer.bank().questions()) {
            if (q.kind() != QuestionKind.AGREEMENT) {
                continue;
            }
            for (int x = 1; x <= 5; x++) {
                assertThat(q.itemScore(6 - x)).isEqualTo(-q.itemScore(x));
            }
        }
        Random random = new Random(7);
        for (int run = 0; run < RUNS / 3; run++) {
            Answers answers = RandomAnswers.of(scorer.bank(), random);
            Answers mirrored = mirrorAgreementAnswers(answers);
            String role = roles.get(random.nextInt(roles.size())).id().value();
            List<FactorResult> original = scorer.score(answers, role).factors();
            List<FactorResult> flipped = scorer.score(mirrored, role).factors();
            for (int i = 0; i < original.size(); i++) {
                assertThat(flipped.get(i).status()).isEqualTo(original.get(i).status());
                if (original.get(i).attitude() != null) {
                    assertThat(flipped.get(i).attitude()).as(original.get(i).factor().value())
                            .isCloseTo(-original.get(i).attitude(), within(0.0011));
                }
            }
        }
    }

    @Test
    void aReverseKeyedItemAnsweredXScoresLikeAPositiveItemAnsweredSixMinusX() {
        Question reverse = scorer.bank().agreementQuestions(FactorId.of("pay")).stream()
                .filter(q -> q.keying() == Keying.REVERSE).findFirst().orElseThrow();
        Question positive = scorer.bank().agreementQuestions(FactorId.of("pay")).stream()
                .filter(q -> q.keying() == Keying.POSITIVE).findFirst().orElseThrow();
        for (int x = 1; x <= 5; x++) {
            assertThat(reverse.itemScore(x)).isEqualTo(positive.itemScore(6 - x));
        }
    }

    @Test
    void theSameAnswersAlwaysGiveTheSameReport() {
        Random random = new Random(99);
        FitScorer another = FitScorers.create(CareerCatalog.builder().build());
        for (int run = 0; run < 50; run++) {
            Answers answers = RandomAnswers.of(scorer.bank(), random);
            List<Answer> shuffled = new ArrayList<>(answers.answers());
            Collections.shuffle(shuffled, random);
            Answers reordered = Answers.builder(scorer.bank()).addAll(shuffled).build();
            for (RoleSummary role : roles) {
                String json = QuizJson.toJson(scorer.score(answers, role.id().value()));
                assertThat(QuizJson.toJson(scorer.score(answers, role.id().value()))).isEqualTo(json);
                assertThat(QuizJson.toJson(another.score(answers, role.id().value()))).isEqualTo(json);
                assertThat(QuizJson.toJson(scorer.score(reordered, role.id().value()))).isEqualTo(json);
            }
        }
    }

    @Test
    void moreMissingAnswersNeverNarrowTheInterval() {
        Random random = new Random(4242);
        int steps = 0;
        for (int run = 0; run < 60; run++) {
            Answers answers = RandomAnswers.of(scorer.bank(), random);
            String role = roles.get(random.nextInt(roles.size())).id().value();
            FitInterval previous = scorer.estimate(answers, role).interval();
            List<Answer> answered = new ArrayList<>(answers.answers().stream().filter(Answer::answered)
                    .filter(a -> scorer.bank().question(a.question()).orElseThrow().kind() == QuestionKind.AGREEMENT)
                    .toList());
            Collections.shuffle(answered, random);
            for (Answer a : answered) {
                // Withdrawing an answer, or turning it into "not sure" or a skip, are the same to the score.
                int how = random.nextInt(3);
                answers = how == 0 ? answers.without(a.question())
                        : answers.with(how == 1 ? Answer.notSure(a.question()) : Answer.skipped(a.question()));
                FitInterval now = scorer.estimate(answers, role).interval();
                assertThat(previous.within(now)).as("%s within %s after withdrawing %s", previous, now, a.question())
                        .isTrue();
                previous = now;
                steps++;
            }
            assertThat(previous).isEqualTo(new FitInterval(0, 100));
        }
        assertThat(steps).isGreaterThan(1500);
    }

    private static Answers mirrorAgreementAnswers(Answers answers) {
        Answers.Builder b = Answers.builder(scorer.bank());
        for (Answer a : answers.answers()) {
            Question q = scorer.bank().question(a.question()).orElseThrow();
            b.add(q.kind() == QuestionKind.AGREEMENT && a.answered() ? Answer.of(a.question(), 6 - a.value()) : a);
        }
        return b.build();
    }
}
