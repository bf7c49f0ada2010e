package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorId;
import dev.careerfit.quiz.report.Band;
import dev.careerfit.quiz.report.DealBreaker;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.FitStatus;
import dev.careerfit.quiz.report.PathFit;
import dev.careerfit.quiz.report.Reason;
import dev.careerfit.quiz.report.RoleComparison;
import dev.careerfit.role.RoleId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * People with clear views, scored against the real seed roles from the built-in providers. Each test
 * states who the person is and what careerfit should tell them.
 */
class PersonaTest {
    private static FitScorer scorer;

    @BeforeAll
    static void loadTheSeedCatalog() {
        CareerCatalog catalog = CareerCatalog.builder().strict(true).build();
        assertThat(catalog.roleIds()).extracting(RoleId::value).contains("ml-engineer", "data-scientist", "ai-engineer");
        scorer = FitScorers.create(catalog);
    }

    /** Enjoys maths, constant learning and responsibility, and cares about pay. */
    private static AnswerSheet mathsLoverWhoCaresAboutPay() {
        return AnswerSheet.forBank(scorer.bank())
                .feels("maths-intensity", 2, 5).feels("continuous-learning", 2, 5).feels("pressure", 1, 4)
                .feels("pay", 2, 5).feels("intellectual-challenge", 2, 4).feels("programming-intensity", 2, 4)
                .feels("production-engineering", 1, 3).feels("cutting-edge", 2, 4).feels("job-demand", 1, 3)
                .feels("career-growth", 1, 3).feels("real-world-impact", 1, 3).feels("messy-data", 1, 3)
                .feels("collaboration", 1, 3).feels("industry-variety", 1, 3).feels("domain-knowledge", 0, 2)
                .feels("data-analysis", 1, 3).feels("deadline-hours", 0, 2).feels("education-investment", 1, 3);
    }

    /** Avoids maths, wants predictable hours, dislikes pressure and fiddly debugging. */
    private static AnswerSheet mathsAvoiderWhoWantsPredictableHours() {
        return AnswerSheet.forBank(scorer.bank())
                .feels("maths-intensity", -2, 5).feels("deadline-hours", -2, 5).feels("programming-intensity", -1, 4)
                .feels("continuous-learning", -1, 4).feels("pressure", -2, 4).feels("intellectual-challenge", -1, 3)
                .feels("production-engineering", -1, 3).feels("messy-data", -2, 4).feels("cutting-edge", -1, 3)
                .feels("education-investment", -2, 4).feels("pay", 0, 3).feels("job-demand", 1, 3)
                .feels("collaboration", 1, 3).feels("real-world-impact", 1, 3).feels("domain-knowledge", 0, 2)
                .feels("data-analysis", -1, 3).feels("industry-variety", 0, 2).feels("career-growth", 0, 2);
    }

    @Test
    void someoneWhoEnjoysMathsLearningAndResponsibilityAndCaresAboutPayFitsMlEngineerStrongly() {
        FitReport report = scorer.score(mathsLoverWhoCaresAboutPay().build(), "ml-engineer");

        assertThat(report.status()).isEqualTo(FitStatus.SCORED);
        assertThat(report.band()).isEqualTo(Band.STRONG);
        assertThat(report.interval().low()).isGreaterThanOrEqualTo(75);
        assertThat(report.inFavour()).extracting(r -> r.factor().value())
                .contains("maths-intensity", "continuous-learning", "pressure", "pay");
        assertThat(report.against()).isEmpty();
        assertThat(report.dealBreakers()).isEmpty();
    }

    @Test
    void someoneWhoAvoidsMathsAndWantsPredictableHoursFitsMlEngineerWeaklyWithItsDealBreakersNamed() {
        FitReport report = scorer.score(mathsAvoiderWhoWantsPredictableHours().build(), "ml-engineer");

        assertThat(report.band()).isEqualTo(Band.WEAK);
        assertThat(report.against()).extracting(r -> r.factor().value())
                .contains("maths-intensity", "deadline-hours", "pressure");
        // Deal-breakers need a lot of the factor in the role (4 of 5 or more): maths, pressure and messy
        // data qualify; long hours at deadlines (3 of 5 in the guides) is against the role but no deal-breaker.
        assertThat(report.dealBreakers()).extracting(d -> d.factor().value())
                .contains("maths-intensity", "pressure", "messy-data").doesNotContain("deadline-hours");
        DealBreaker maths = report.dealBreakers().stream().filter(d -> d.factor().value().equals("maths-intensity"))
                .findFirst().orElseThrow();
        assertThat(maths.fact().value().intensity()).isGreaterThanOrEqualTo(4);
        assertThat(maths.fact().provenance().source().publisher()).isNotBlank();
    }

    @Test
    void someoneWhoLovesAnalysisButNotProductionEngineeringRanksDataScientistAboveMlEngineer() {
        Answers answers = AnswerSheet.forBank(scorer.bank())
                .feels("data-analysis", 2, 5).feels("production-engineering", -2, 5).feels("programming-intensity", -1, 3)
                .feels("maths-intensity", 1, 3).feels("domain-knowledge", 1, 4).feels("real-world-impact", 1, 3)
                .feels("pay", 0, 3).feels("job-demand", 0, 3).feels("intellectual-challenge", 1, 3)
                .feels("continuous-learning", 0, 3).feels("messy-data", 0, 3).feels("pressure", 0, 3)
                .feels("deadline-hours", 0, 3).feels("collaboration", 1, 3).feels("education-investment", 0, 3)
                .feels("industry-variety", 0, 3).feels("cutting-edge", 0, 3).feels("career-growth", 0, 3).build();

        RoleComparison ranking = scorer.compare(answers, List.of("ml-engineer", "data-scientist"));

        assertThat(ranking.ranking().get(0).role()).isEqualTo(RoleId.of("data-scientist"));
        assertThat(ranking.tooCloseToSeparate(RoleId.of("data-scientist"), RoleId.of("ml-engineer"))).isFalse();
        FitReport ml = scorer.score(answers, "ml-engineer");
        assertThat(ml.against()).extracting(Reason::factor).first().isEqualTo(FactorId.of("production-engineering"));
    }

    @Test
    void someoneWhoIsNotSureAboutMostThingsGetsAWideIntervalNoBandAndTheQuestionsThatMatterMost() {
        AnswerSheet sheet = AnswerSheet.forBank(scorer.bank()).feels("pay", 1, 4).feels("collaboration", 1, 3);
        for (String factor : List.of("maths-intensity", "programming-intensity", "production-engineering")) {
            scorer.bank().agreementQuestions(FactorId.of(factor)).forEach(q -> sheet.notSure(q.id()));
        }

        FitReport report = scorer.score(sheet.build(), "ml-engineer");

        assertThat(report.status()).isEqualTo(FitStatus.SCORED);
        assertThat(report.band()).isNull();
        assertThat(report.bands()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(report.interval().width()).isGreaterThan(50);
        assertThat(report.whatWouldChange()).isNotEmpty();
        assertThat(report.notes()).anyMatch(n -> n.startsWith("Too few answers to count"));
    }

    @Test
    void someoneWhoLikesTheRoleButDreadsPressureIsToldAboutTheDealBreakerDespiteAGoodScore() {
        Answers answers = mathsLoverWhoCaresAboutPay().feels("pressure", -2, 5).build();

        FitReport report = scorer.score(answers, "ml-engineer");

        assertThat(report.score()).isGreaterThanOrEqualTo(60);
        assertThat(report.dealBreakers()).extracting(d -> d.factor().value()).containsExactly("pressure");
        assertThat(report.against()).extracting(r -> r.factor().value()).contains("pressure");
    }

    @Test
    void aBeginnerWillingToStudyForSixYearsHasLargeSkillGapsButAWayInThatFits() {
        FitReport report = mlEngineerReadiness(EducationLevel.HIGH_SCHOOL, 6, 1);

        assertThat(report.skills().coverage()).isLessThan(0.5);
        assertThat(report.skills().gaps()).isNotEmpty();
        assertThat(report.skills().gaps().get(0).gap()).isGreaterThanOrEqualTo(2);
        assertThat(report.skills().education().meets()).isFalse();
        assertThat(report.skills().paths()).isNotEmpty().allMatch(p -> p.fit() == PathFit.WITHIN);
    }

    @Test
    void anExperiencedPersonWhoWillNotStudyMoreCoversTheSkillsButNoWayInFitsTheirStudyBudget() {
        FitReport report = mlEngineerReadiness(EducationLevel.MASTERS, 0, 3);

        assertThat(report.skills().coverage()).isEqualTo(1.0);
        assertThat(report.skills().gaps()).isEmpty();
        assertThat(report.skills().education().meets()).isTrue();
        assertThat(report.skills().paths()).allMatch(p -> p.fit() == PathFit.BEYOND);
    }

    /** The maths lover's report with this education, study budget and one self-rating for every skill. */
    private static FitReport mlEngineerReadiness(EducationLevel held, int studyYears, int skillLevel) {
        AnswerSheet sheet = mathsLoverWhoCaresAboutPay().answer("education.highest", held.onetCategory())
                .answer("education.study-years", studyYears);
        scorer.catalog().requireRole("ml-engineer").groups(FactKinds.SKILL)
                .forEach(g -> sheet.answer("skill." + g.value().skill().id(), skillLevel));
        return scorer.score(sheet.build(), "ml-engineer");
    }

    @Test
    void someoneWhoSaysNothingMattersToThemGetsNoScore() {
        AnswerSheet sheet = AnswerSheet.forBank(scorer.bank());
        scorer.bank().factors().forEach(f -> sheet.feels(f.value(), 1, 1));

        FitReport report = scorer.score(sheet.build(), "data-scientist");

        assertThat(report.status()).isEqualTo(FitStatus.NOT_ENOUGH_ANSWERS);
        assertThat(report.score()).isNull();
        assertThat(report.notes()).anyMatch(n -> n.contains("none of the factors you gave any weight"));
    }
}
