package dev.careerfit.web;

import dev.careerfit.Api;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a quiz's result page shows: the best occupations, the reports on the first few of them (why they fit, the
 * way in), and the report on the role the person asked about, if any.
 *
 * @param ranking the best occupations, with how often each stays in the top 10, bands and close calls
 * @param best    the reports on the first scored occupations of {@code ranking}, best first
 * @param asked   the report on the role the answers name, or {@code null}
 * @since 0.4
 */
@Api(Api.Status.EXPERIMENTAL)
public record ResultPage(Ranking ranking, List<FitReport> best, FitReport asked) {
    public ResultPage {
        Objects.requireNonNull(ranking, "ranking");
        best = List.copyOf(best);
    }

    public Optional<FitReport> askedReport() {
        return Optional.ofNullable(asked);
    }
}
