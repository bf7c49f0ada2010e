package dev.careerfit.report;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Conversion;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a page is about: the things careerfit shows a person, each a record of the library's own objects. A
 * {@link ReportFormat} writes any of them; nothing here decides how they look.
 *
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public sealed interface Report {

    /**
     * A person's results: the best occupations, the role they asked about, and why the first few fit.
     *
     * @param ranking the best occupations, with stability, intervals (for JSON and --details), bands and close calls
     * @param asked   the report on the role the person asked about, or {@code null}
     * @param best    the reports on the first scored occupations of {@code ranking}, best first (their reasons and
     *                the way in); may be empty
     * @param catalog the catalog they were scored in: its count of occupations, and the documents sources cite
     */
    @Api(Api.Status.EXPERIMENTAL)
    record FitResults(Ranking ranking, FitReport asked, List<FitReport> best, CareerCatalog catalog) implements Report {
        public FitResults {
            Objects.requireNonNull(ranking, "ranking");
            Objects.requireNonNull(catalog, "catalog");
            best = List.copyOf(best);
        }
    }

    /**
     * Everything known about one role, a summary first.
     *
     * @param role    the role
     * @param catalog its catalog: the titles of related roles, the occupations it is linked to, the conflict policy
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Role(CareerRole role, CareerCatalog catalog) implements Report {
        public Role {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(catalog, "catalog");
        }
    }

    /**
     * What a role pays, place by place, each figure per the period asked for.
     *
     * @param role    the role
     * @param request the place and period asked for
     * @param stated  the role's pay for that place as the sources state it
     * @param shown   the same, per the period asked for: converted by careerfit where a source does not state it
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Salary(CareerRole role, SalaryRequest request, List<FactGroup<SalaryBand>> stated,
                  List<FactGroup<SalaryBand>> shown) implements Report {
        public Salary {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(request, "request");
            stated = List.copyOf(stated);
            shown = List.copyOf(shown);
        }

        /**
         * The pay of {@code role} that {@code request} asks for.
         *
         * @throws CareerfitException when the role has no pay figures, or none for the place asked for (naming the
         *                            places that have some)
         */
        public static Salary of(CareerRole role, SalaryRequest request) {
            List<FactGroup<SalaryBand>> all = role.groups(FactKinds.SALARY);
            List<FactGroup<SalaryBand>> stated = request.placeQuery()
                    .map(place -> all.stream().filter(g -> place.matches(g.value().location())).toList()).orElse(all);
            if (stated.isEmpty()) {
                throw new CareerfitException(all.isEmpty() ? "no salary figures for '" + role.id() + "'"
                        : "no salary figures for '" + role.id() + "' at '" + request.location() + "'; places with figures: "
                        + all.stream().map(g -> g.value().location().toString()).distinct()
                        .collect(Collectors.joining(", ")));
            }
            List<FactGroup<SalaryBand>> shown = request.payPeriod().map(period -> stated.stream()
                    .map(g -> converted(g, period)).toList()).orElse(stated);
            return new Salary(role, request, stated, shown);
        }

        /**
         * {@code g} per {@code period}: a figure its source states per that period as stated; any other converted,
         * and then credited to careerfit's conversion of the publisher's figures, not to the publisher alone.
         */
        private static FactGroup<SalaryBand> converted(FactGroup<SalaryBand> g, dev.careerfit.market.PayPeriod period) {
            List<Sourced<SalaryBand>> values = g.values().stream().map(s -> s.value().statedPer(period)
                    ? s.map(b -> b.convertTo(period))
                    : Sourced.of(s.value().convertTo(period),
                            s.provenance().withConversion(Conversion.of(s.value().period(), period)))).toList();
            return new FactGroup<>(g.kind(), g.topic(), g.subject(), values, g.differences(), g.resolution());
        }
    }

    /**
     * The providers, their sources with releases and licences, what was read from each release, what failed to
     * load, warnings, and every disagreement between sources.
     *
     * @param catalog the catalog
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Sources(CareerCatalog catalog) implements Report {
        public Sources {
            Objects.requireNonNull(catalog, "catalog");
        }
    }

    /**
     * A listing of roles, or the roles a search found.
     *
     * @param search    the search text, or {@code null} for a listing
     * @param matched   how many roles matched (every role, for a listing)
     * @param shown     the roles to list, the first of them
     * @param catalog   the catalog
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Roles(String search, int matched, List<RoleSummary> shown, CareerCatalog catalog) implements Report {
        public Roles {
            Objects.requireNonNull(catalog, "catalog");
            shown = List.copyOf(shown);
        }
    }

    /**
     * The question bank: every dimension, the questions that measure it with their ids, and the answers each takes.
     *
     * @param bank the bank
     */
    @Api(Api.Status.EXPERIMENTAL)
    record Questions(QuestionBank bank) implements Report {
        public Questions {
            Objects.requireNonNull(bank, "bank");
        }
    }

    /**
     * One question of a quiz as a terminal shows it: where the quiz stands, the topic, the question and its answers.
     *
     * @param question the question
     * @param position its place in the order asked, 1 for the first
     * @param total    how many questions the quiz has, or 0 when it stops on its own (an adaptive quiz)
     * @param topic    what the question is about, in words
     * @param given    the words of the answer given before, or {@code null}
     */
    @Api(Api.Status.EXPERIMENTAL)
    record QuestionCard(Question question, int position, int total, String topic, String given) implements Report {
        public QuestionCard {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(topic, "topic");
        }
    }
}
