package dev.careerfit.quiz.report;

import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How well one role fits one person, and why: the score with its interval and band, the factors that
 * count for and against it (each with the role's fact and its source), deal-breakers, skills
 * readiness, and the answers that would change the result most. Serializes to JSON in the documented
 * shape {@value #FORMAT} (docs/formats.md); the method is in docs/scoring.md.
 *
 * @param format         always {@value #FORMAT}
 * @param bank           the question bank's id
 * @param bankVersion    the question bank's version
 * @param role           the role
 * @param roleTitle      its title
 * @param status         whether a score could be given
 * @param score          0 to 100, or {@code null} when {@link FitStatus#NOT_ENOUGH_ANSWERS}
 * @param interval       where the score is likely to lie
 * @param band           the band when the whole interval lies in one, otherwise {@code null}
 * @param bands          the bands the interval spans, best first
 * @param factors        every work factor the role has, largest exposure first
 * @param inFavour       what counts for the role, strongest first
 * @param against        what counts against it, strongest first
 * @param dealBreakers   things the person strongly dislikes, cares about, and the role has a lot of
 * @param skills         skills readiness, apart from the score
 * @param whatWouldChange the answers that would move the score most, largest swing first
 * @param notes          what the reader should know: unmeasured factors, defaulted weights, disputed facts
 * @since 0.1
 */
public record FitReport(String format, String bank, String bankVersion, RoleId role, String roleTitle,
                        FitStatus status, Double score, FitInterval interval, Band band, List<Band> bands,
                        List<FactorResult> factors, List<Reason> inFavour, List<Reason> against,
                        List<DealBreaker> dealBreakers, SkillReadiness skills, List<ResultChange> whatWouldChange,
                        List<String> notes) {
    /** The shape and version of a serialized report. */
    public static final String FORMAT = "careerfit-fit-report/1";

    public FitReport {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(interval, "interval");
        bands = List.copyOf(bands);
        factors = List.copyOf(factors);
        inFavour = List.copyOf(inFavour);
        against = List.copyOf(against);
        dealBreakers = List.copyOf(dealBreakers);
        whatWouldChange = List.copyOf(whatWouldChange);
        notes = List.copyOf(notes);
    }

    /** The band, if the interval supports one. */
    public Optional<Band> settledBand() {
        return Optional.ofNullable(band);
    }

    /** The band in words: "strong", or "between good and mixed" when the interval spans several. */
    public String bandDescription() {
        return ReportText.bands(band, bands);
    }

    /** The report as plain text for people, as the examples in docs/scoring.md show. */
    public String toText() {
        return ReportText.render(this);
    }
}
