package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.Framing;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.quiz.bank.ExtraBankJar;
import dev.careerfit.quiz.bank.QuestionBanks;
import dev.careerfit.quiz.report.Band;
import dev.careerfit.quiz.report.ChangeKind;
import dev.careerfit.quiz.report.FactorResult;
import dev.careerfit.quiz.report.FactorStatus;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.PathFit;
import dev.careerfit.quiz.report.RoleComparison;
import dev.careerfit.role.Proficiency;
import dev.careerfit.role.RoleId;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The method of docs/scoring.md, checked on small cases worked out by hand. */
class ScoringMethodTest {
    /** The role of the worked example in docs/scoring.md. */
    private static final CareerCatalog EXAMPLE = RolesProviderStub.catalogOf(RolesProviderStub.role("example-role")
            .factor("maths-intensity", 5, Framing.CON).factor("deadline-hours", 3, Framing.CON)
            .factor("pay", 4, Framing.PRO)
            .skill("python", Proficiency.ADVANCED).skill("statistics", Proficiency.INTERMEDIATE)
            .skill("cloud", Proficiency.BASIC).entry(EducationLevel.BACHELORS)
            .step("Earn a degree", 3, 4, false).step("Build a portfolio", 0.5, 1, false)
            .step("Take a master's", 1, 2, true).build());
    private static final FitScorer SCORER = FitScorers.create(EXAMPLE);

    /** The answers of the worked example in docs/scoring.md. */
    static Answers workedExampleAnswers() {
        return Answers.builder(SCORER.bank()).role("example-role")
                .answer("maths-intensity.1", 5).answer("maths-intensity.2", 4).answer("maths-intensity.3", 2)
                .answer("maths-intensity.importance", 5)
                .answer("deadline-hours.1", 2).answer("deadline-hours.2", 1).notSure("deadline-hours.3")
                .answer("deadline-hours.importance", 4)
                .answer("pay.1", 4).skip("pay.2")
                .answer("skill.python", 2).answer("skill.statistics", 3)
                .answer("education.highest", EducationLevel.BACHELORS.onetCategory()).answer("education.study-years", 4)
                .build();
    }

    @Test
    void theWorkedExampleComesOutAsDocumented() {
        FitReport report = SCORER.score(workedExampleAnswers());

        FactorResult maths = factor(report, "maths-intensity");
        assertThat(maths.attitude()).isEqualTo(0.667);
        assertThat(maths.weight()).isEqualTo(1.0);
        assertThat(maths.exposure()).isEqualTo(1.0);
        FactorResult hours = factor(report, "deadline-hours");
        assertThat(hours.attitude()).isEqualTo(-0.75);
        assertThat(hours.answered()).isEqualTo(2);
        assertThat(hours.weight()).isEqualTo(0.75);
        FactorResult pay = factor(report, "pay");
        assertThat(pay.status()).isEqualTo(FactorStatus.NOT_ENOUGH_ANSWERS);
        assertThat(pay.weight()).isEqualTo(0.5);

        assertThat(report.score()).isEqualTo(64.0);
        assertThat(report.interval().low()).isEqualTo(33.1);
        assertThat(report.interval().high()).isEqualTo(93.7);
        assertThat(report.band()).isNull();
        assertThat(report.bands()).containsExactly(Band.STRONG, Band.GOOD, Band.MIXED, Band.WEAK);
        assertThat(maths.contribution()).isEqualTo(24.24);
        assertThat(hours.contribution()).isEqualTo(-10.23);
    }

    @Test
    void framesAFactorByThePersonsAttitudeNotByTheSource() {
        FitReport report = SCORER.score(workedExampleAnswers());

        assertThat(report.inFavour()).singleElement().satisfies(r -> {
            assertThat(r.factor()).isEqualTo(FactorId.of("maths-intensity"));
            assertThat(r.framing()).isEqualTo(Framing.PRO);
            assertThat(r.sourceFraming()).isEqualTo(Framing.CON);
            assertThat(r.fact().provenance().source()).isEqualTo(RolesProviderStub.GUIDE);
            assertThat(r.answers()).hasSize(3);
        });
        assertThat(report.against()).singleElement().satisfies(r -> assertThat(r.framing()).isEqualTo(Framing.CON));
    }

    @Test
    void neverCountsNotSureOrSkippedAsZero() {
        Answers withNotSure = workedExampleAnswers();
        Answers without = withNotSure.without("deadline-hours.3").without("pay.2");

        assertThat(SCORER.score(withNotSure).score()).isEqualTo(SCORER.score(without).score());
        Answers withNeutral = withNotSure.with(Answer.of("deadline-hours.3", 3));
        assertThat(SCORER.score(withNeutral).score()).isNotEqualTo(SCORER.score(withNotSure).score());
    }

    @Test
    void namesADealBreakerOnlyWhenDislikedImportantAndPlentiful() {
        Answers answers = Answers.builder(SCORER.bank())
                .answer("maths-intensity.1", 1).answer("maths-intensity.2", 2).answer("maths-intensity.3", 5)
                .answer("maths-intensity.importance", 4)
                .answer("deadline-hours.1", 1).answer("deadline-hours.2", 1).answer("deadline-hours.importance", 5)
                .build();

        FitReport report = SCORER.score(answers, "example-role");

        // Deadline hours are disliked and matter, but the role has only 3 of 5 of them.
        assertThat(report.dealBreakers()).extracting(d -> d.factor().value()).containsExactly("maths-intensity");
        assertThat(report.score()).isLessThan(40);
    }

    @Test
    void keepsSkillsReadinessApartWithCoverageGapsAndTheWayIn() {
        FitReport report = SCORER.score(workedExampleAnswers());

        // python: min(2, 3) = 2 of 3; statistics: min(3, 2) = 2 of 2; cloud (1) unrated.
        assertThat(report.skills().coverage()).isEqualTo(0.8);
        assertThat(report.skills().coverageLow()).isEqualTo(0.667);
        assertThat(report.skills().coverageHigh()).isEqualTo(0.833);
        assertThat(report.skills().gaps()).singleElement().satisfies(g -> {
            assertThat(g.requirement().value().skill().id().value()).isEqualTo("python");
            assertThat(g.gap()).isEqualTo(1);
        });
        assertThat(report.skills().unrated()).extracting(Object::toString).containsExactly("cloud");
        assertThat(report.skills().education().meets()).isTrue();
        // Required steps take 3.5-5 years; the person would study for 4.
        assertThat(report.skills().paths()).singleElement().satisfies(p -> {
            assertThat(p.fit()).isEqualTo(PathFit.PARTLY);
            assertThat(p.requiredYears().min()).isEqualTo(3.5);
            assertThat(p.allYears().max()).isEqualTo(7);
        });
    }

    @Test
    void listsTheAnswersThatWouldMoveTheScoreMostWithTheirSwing() {
        FitReport report = SCORER.score(workedExampleAnswers());

        assertThat(report.whatWouldChange()).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b.swing(), a.swing()));
        assertThat(report.whatWouldChange()).allSatisfy(c -> {
            assertThat(c.scoreLow()).isLessThanOrEqualTo(report.score());
            assertThat(c.swing()).isEqualTo(Math.round((c.scoreHigh() - c.scoreLow()) * 10) / 10.0, within(0.11));
        });
        assertThat(report.whatWouldChange()).hasSize(5).first()
                .satisfies(c -> assertThat(c.questions()).containsExactly("maths-intensity.importance"));
        // Pay has one answer: answering its skipped question would make it count.
        FitScorer listingAll = FitScorers.builder().catalog(EXAMPLE)
                .settings(ScoringSettings.builder().changesListed(50).build()).build();
        assertThat(listingAll.score(workedExampleAnswers()).whatWouldChange()).anySatisfy(c -> {
            assertThat(c.questions()).containsExactly("pay.2");
            assertThat(c.kind()).isEqualTo(ChangeKind.ATTITUDE);
            assertThat(c.currently()).isEqualTo("Skip");
        });
    }

    @Test
    void saysWhenTwoRolesAreTooCloseToSeparate() {
        CareerCatalog twins = RolesProviderStub.catalogOf(
                RolesProviderStub.role("maths-heavy").factor("maths-intensity", 5).factor("pay", 3).build(),
                RolesProviderStub.role("maths-heavier").factor("maths-intensity", 5).factor("pay", 2.8).build(),
                RolesProviderStub.role("pay-heavy").factor("maths-intensity", 1.5).factor("pay", 5).build());
        FitScorer scorer = FitScorers.create(twins);
        Answers answers = AnswerSheet.forBank(scorer.bank()).feels("maths-intensity", 2, 5).feels("pay", -1, 3).build();

        RoleComparison ranking = scorer.compareAll(answers);

        assertThat(ranking.ranking()).extracting(e -> e.role().value())
                .containsExactly("maths-heavier", "maths-heavy", "pay-heavy");
        assertThat(ranking.tooCloseToSeparate(RoleId.of("maths-heavier"), RoleId.of("maths-heavy"))).isTrue();
        assertThat(ranking.tooCloseToSeparate(RoleId.of("maths-heavy"), RoleId.of("pay-heavy"))).isFalse();
        assertThat(ranking.tooClose()).singleElement().satisfies(c -> assertThat(c.difference()).isLessThan(2));
    }

    @Test
    void cannotSeparateRolesThatDifferOnAFactorThePersonDidNotAnswer() {
        CareerCatalog catalog = RolesProviderStub.catalogOf(
                RolesProviderStub.role("steady").factor("maths-intensity", 5).factor("pay", 4).build(),
                RolesProviderStub.role("novel").factor("maths-intensity", 4).factor("cutting-edge", 5).build());
        FitScorer scorer = FitScorers.create(catalog);
        Answers answers = AnswerSheet.forBank(scorer.bank()).feels("maths-intensity", 2, 5).feels("pay", 1, 3).build();

        RoleComparison ranking = scorer.compareAll(answers);

        assertThat(ranking.ranking()).extracting(e -> e.role().value()).containsExactly("novel", "steady");
        assertThat(ranking.tooClose()).singleElement().satisfies(c -> {
            assertThat(c.difference()).isGreaterThan(2);
            assertThat(c.interval().contains(0)).isTrue();
        });
    }

    @Test
    void reportsAFactorARoleHasButTheBankCannotAskAboutAndCountsItOnceAProviderShipsQuestions() throws Exception {
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false)
                .addProvider(new RolesProviderStub(List.of(RolesProviderStub.role("night-nurse")
                        .factor("night-shifts", 5).factor("real-world-impact", 5).build()),
                        List.of(WorkFactor.of("night-shifts", "Night shifts", "How much of the work is at night."))))
                .build();
        Answers.Builder answers = Answers.builder(QuestionBanks.builtIn()).answer("real-world-impact.1", 5)
                .answer("real-world-impact.2", 5);

        FitScorer plain = FitScorers.create(catalog, QuestionBanks.builtIn());
        assertThat(plain.warnings()).extracting(p -> p.where()).contains("factor 'night-shifts'");
        FitReport unmeasured = plain.score(answers.build(), "night-nurse");
        assertThat(factor(unmeasured, "night-shifts").status()).isEqualTo(FactorStatus.NO_QUESTIONS);
        assertThat(unmeasured.notes()).anyMatch(n -> n.contains("no questions on Night shifts"));

        try (URLClassLoader jar = ExtraBankJar.open()) {
            FitScorer extended = FitScorers.create(catalog, QuestionBanks.standard(jar));
            assertThat(extended.warnings()).isEmpty();
            FitReport measured = extended.score(answers.answer("night-shifts.1", 5).answer("night-shifts.3", 1).build(),
                    "night-nurse");
            assertThat(factor(measured, "night-shifts").status()).isEqualTo(FactorStatus.SCORED);
            assertThat(measured.interval().width()).isLessThan(unmeasured.interval().width());
        }
    }

    private static FactorResult factor(FitReport report, String id) {
        return report.factors().stream().filter(f -> f.factor().value().equals(id)).findFirst().orElseThrow();
    }
}
