package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.factor.Framing;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionBanks;
import dev.careerfit.quiz.fixture.RandomAnswers;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Reason;
import dev.careerfit.role.RoleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * A reason's words never contradict its direction (issue 20): "You like hands-on work less than your other interests,
 * and this work has less of it …" is a reason the work fits, never one it may not. For random catalogs of 25 roles and
 * random answers, every reason of every role's report is read as a person reads it: the person's side ("more", "less",
 * "want", "avoid") and the work's side (the first "more" or "less" after ", and this work") agree exactly when the
 * reason is listed for the role.
 */
class ReasonWordsProperties {
    private static final QuestionBank BANK = QuestionBanks.builtIn();
    private static final int ROLES = 25;
    private static final Pattern WORK_SIDE = Pattern.compile("\\b(more|less)\\b");

    @Property(tries = 40)
    void noReasonSaysTheOppositeOfWhetherItHelps(@ForAll @LongRange(min = 1) long seed) {
        Random rng = new Random(seed);
        StandardFitScorer scorer = MonotonicityProperties.scorer(MonotonicityProperties.randomLevels(rng, ROLES));
        Person person = scorer.person(RandomAnswers.of(BANK, rng));
        List<String> contradictions = new ArrayList<>();
        int reasons = 0;
        for (int r = 0; r < ROLES; r++) {
            FitReport report = scorer.report(person, RoleId.of("role-" + r));
            List<Reason> all = new ArrayList<>(report.explanation().inFavour());
            all.addAll(report.explanation().against());
            for (Reason reason : all) {
                reasons++;
                boolean helps = reason.framing() == Framing.PRO;
                if (helps != (reason.contribution() > 0)) {
                    contradictions.add("framing " + reason.framing() + " for " + reason.contribution() + " points");
                }
                if (agrees(reason.summary()) != helps) {
                    contradictions.add((helps ? "why it fits: " : "why it may not: ") + reason.summary());
                }
            }
        }
        assertThat(contradictions).as("reasons whose words say the opposite of their direction (of %d)", reasons)
                .isEmpty();
    }

    /** Whether the person's side and the work's side, as the words say them, point the same way. */
    static boolean agrees(String summary) {
        String text = summary.toLowerCase(Locale.ROOT);
        int split = text.indexOf(", and this work ");
        assertThat(split).as("a reason with a person's side and a work's side: %s", summary).isPositive();
        String personSide = text.substring(0, split);
        boolean personMore = personSide.contains(" more ") || personSide.startsWith("you want")
                || personSide.startsWith("you lean towards");
        boolean personLess = personSide.contains(" less ") || personSide.startsWith("you lean away")
                || personSide.startsWith("you would rather avoid");
        assertThat(personMore).as("one person's side in: %s", summary).isNotEqualTo(personLess);
        Matcher work = WORK_SIDE.matcher(text.substring(split));
        assertThat(work.find()).as("a work's side in: %s", summary).isTrue();
        return personMore == work.group(1).equals("more");
    }
}
