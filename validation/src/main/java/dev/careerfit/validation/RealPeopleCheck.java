package dev.careerfit.validation;

import dev.careerfit.education.EducationLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The real-people check (docs/validity.md, "Real people"): each person of a field of study, given as their
 * six interest scores and a bachelor's degree, ranked by every method; a hit when an occupation of their
 * field is within the top 10, 20 or 50. Pooled and per field, for the tuning part, the held-back part and both.
 */
public final class RealPeopleCheck {
    /** The parts of the data reported. */
    public enum Part { TUNING, HELD_BACK, BOTH }

    private final FieldsOfStudy fields;
    private final Occupations occupations;
    private final List<Ranker> rankers;

    public RealPeopleCheck(FieldsOfStudy fields, Occupations occupations, List<Ranker> rankers) {
        this.fields = fields;
        this.occupations = occupations;
        this.rankers = List.copyOf(rankers);
    }

    /** What the run found: a hit table per part and method (chance first), and who was left out. */
    public record Result(List<String> methods, HitTable[][] tables, int read, int withoutField, int unanswered,
                         int flat, List<FieldOfStudy> fields) {
        public HitTable table(Part part, String method) {
            return tables[part.ordinal()][methods.indexOf(method)];
        }
    }

    public Result run(List<Respondent> people) {
        List<FieldOfStudy> list = fields.fields();
        int[][] fieldOccupations = list.stream().map(f -> f.occupations().stream()
                .map(occupations::index).filter(java.util.Optional::isPresent).mapToInt(java.util.Optional::get)
                .toArray()).toArray(int[][]::new);
        List<Respondent> kept = new ArrayList<>();
        List<Integer> keptField = new ArrayList<>();
        int withoutField = 0;
        int unanswered = 0;
        int flat = 0;
        for (Respondent r : people) {
            var field = fields.fieldOf(r.major());
            if (field.isEmpty()) {
                withoutField++;
            } else if (r.unanswered()) {
                unanswered++;
            } else if (!new Taker(r.profilerScores(), null).hasShape()) {
                flat++;
            } else {
                kept.add(r);
                keptField.add(field.get());
            }
        }
        List<String> methods = new ArrayList<>();
        methods.add("chance");
        rankers.forEach(k -> methods.add(k.name()));
        int m = methods.size();
        double[][][] hit = new double[kept.size()][m][];
        IntStream.range(0, kept.size()).parallel().forEach(i -> {
            Taker t = new Taker(kept.get(i).profilerScores(), EducationLevel.BACHELORS);
            int[] own = fieldOccupations[keptField.get(i)];
            hit[i][0] = chance(occupations.size(), own.length);
            for (int k = 0; k < rankers.size(); k++) {
                hit[i][k + 1] = hits(rankers.get(k).top(t, 50), own);
            }
        });
        HitTable[][] tables = new HitTable[Part.values().length][m];
        for (Part p : Part.values()) {
            for (int k = 0; k < m; k++) {
                tables[p.ordinal()][k] = new HitTable(methods.get(k), list.size());
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            Part part = kept.get(i).tuning() ? Part.TUNING : Part.HELD_BACK;
            for (int k = 0; k < m; k++) {
                tables[part.ordinal()][k].add(keptField.get(i), hit[i][k]);
                tables[Part.BOTH.ordinal()][k].add(keptField.get(i), hit[i][k]);
            }
        }
        return new Result(methods, tables, people.size(), withoutField, unanswered, flat, list);
    }

    /** 1 at each depth where one of the first positions stands for an occupation of the field. */
    static double[] hits(int[][] top, int[] own) {
        double[] h = new double[HitTable.DEPTHS.length];
        for (int pos = 0; pos < top.length; pos++) {
            if (Arrays.stream(top[pos]).anyMatch(o -> Arrays.stream(own).anyMatch(x -> x == o))) {
                for (int d = 0; d < h.length; d++) {
                    if (pos < HitTable.DEPTHS[d]) {
                        h[d] = 1;
                    }
                }
                break;
            }
        }
        return h;
    }

    /** Probability that a uniformly random order of {@code total} occupations puts one of {@code own} in the top N. */
    static double[] chance(int total, int own) {
        double[] c = new double[HitTable.DEPTHS.length];
        for (int d = 0; d < c.length; d++) {
            // 1 - C(total - own, N) / C(total, N), as a product to stay within doubles.
            double none = 1;
            for (int i = 0; i < HitTable.DEPTHS[d]; i++) {
                none *= (double) (total - own - i) / (total - i);
            }
            c[d] = 1 - Math.max(none, 0);
        }
        return c;
    }

    /** The result as plain text: the pooled and averaged table per part, then the fields at top 20. */
    public static String render(Result r) {
        StringBuilder b = new StringBuilder();
        int people = r.table(Part.BOTH, "chance").people();
        b.append(String.format(Locale.ROOT, "Real people: %,d read; %,d in a field (%,d tuning, %,d held back); left out: "
                        + "%,d with no field, %,d with an unanswered item, %,d with all six scores equal%n",
                r.read(), people, r.table(Part.TUNING, "chance").people(), r.table(Part.HELD_BACK, "chance").people(),
                r.withoutField(), r.unanswered(), r.flat()));
        b.append("Hit rate: an occupation of the person's field in the top 10 / 20 / 50, pooled | averaged over fields (%)\n");
        for (Part p : Part.values()) {
            b.append(String.format(Locale.ROOT, "%n%s%n", switch (p) {
                case TUNING -> "Tuning part (odd rows)";
                case HELD_BACK -> "Held-back part (even rows)";
                case BOTH -> "Development half";
            }));
            for (String method : r.methods()) {
                HitTable t = r.table(p, method);
                b.append(String.format(Locale.ROOT, "  %-26s", method));
                for (int d = 0; d < HitTable.DEPTHS.length; d++) {
                    b.append(String.format(Locale.ROOT, "  top %-2d %5.1f | %5.1f", HitTable.DEPTHS[d],
                            100 * t.pooled(d), 100 * t.averaged(d)));
                }
                b.append('\n');
            }
        }
        int top20 = HitTable.depth(20);
        for (Part p : List.of(Part.BOTH, Part.HELD_BACK)) {
            b.append(String.format(Locale.ROOT, "%nTop 20 per field, %s (%%)%n  %-24s %6s", p == Part.BOTH
                    ? "development half" : "held-back part", "field", "people"));
            for (String method : r.methods()) {
                b.append(String.format(Locale.ROOT, " %12s", shortName(method)));
            }
            b.append('\n');
            for (int f = 0; f < r.fields().size(); f++) {
                b.append(String.format(Locale.ROOT, "  %-24s %6d", r.fields().get(f).id(), r.table(p, "chance").people(f)));
                for (String method : r.methods()) {
                    b.append(String.format(Locale.ROOT, " %12.1f", 100 * r.table(p, method).rate(f, top20)));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String shortName(String method) {
        return switch (method) {
            case "Pearson, all occupations" -> "Pearson all";
            case "Pearson, job zone 4-5" -> "Pearson JZ45";
            default -> method;
        };
    }
}
