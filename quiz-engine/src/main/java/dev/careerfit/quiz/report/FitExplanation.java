package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import java.util.List;

/**
 * Why a role fits or not, in detail: every dimension with the role's sourced level and its contribution, the
 * strongest reasons each way, the deal-breakers with their sources, and the unanswered questions that would move
 * the score most. {@link FitReport} keeps it apart from the headline.
 *
 * @param dimensions      every dimension the role or the person has, largest contribution first
 * @param inFavour        what counts for the role, strongest first
 * @param against         what counts against it, strongest first
 * @param dealBreakers    dimensions the person strongly dislikes, cares about, and the role has much of
 * @param whatWouldChange unanswered questions that could move the score most
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public record FitExplanation(List<DimensionResult> dimensions, List<Reason> inFavour, List<Reason> against,
                             List<DealBreaker> dealBreakers, List<ResultChange> whatWouldChange) {
    public FitExplanation {
        dimensions = List.copyOf(dimensions);
        inFavour = List.copyOf(inFavour);
        against = List.copyOf(against);
        dealBreakers = List.copyOf(dealBreakers);
        whatWouldChange = List.copyOf(whatWouldChange);
    }
}
