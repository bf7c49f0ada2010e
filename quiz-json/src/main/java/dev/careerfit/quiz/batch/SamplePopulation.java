package dev.careerfit.quiz.batch;

import dev.careerfit.Api;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A made-up population for trying batch scoring and for tests: JSON lines in the input shape of
 * {@code careerfit batch} (docs/batch.md), each person's answers drawn at random from a seed, with a few bad
 * lines planted. The same bank, count, seed and spacing give the same lines.
 *
 * <p>A person answers each interest, value and work-factor question and each importance question with
 * probability 0.9 (activities and statements around the person's own position on each dimension, other questions
 * 1 to 5 at random; one in twenty of those "not sure" or skipped), the three readiness
 * questions, and five skill questions chosen at random. Every {@code badEvery}th line is bad instead, in turn:
 * not JSON, no person id, an answer out of range, an unknown question, another bank version, too few answers.
 *
 * @since 0.4
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SamplePopulation {
    /** How many kinds of bad line are planted, in turn. */
    public static final int BAD_KINDS = 6;

    private final QuestionBank bank;
    private final List<Question> measures;
    private final List<Question> readiness;
    private final List<Question> skills;

    /** A population answering {@code bank}'s questions (a scorer's bank, with its skill questions). */
    public SamplePopulation(QuestionBank bank) {
        this.bank = Objects.requireNonNull(bank, "bank");
        List<Question> all = bank.questions();
        this.measures = all.stream().filter(q -> q.kind().measures() || q.kind() == QuestionKind.IMPORTANCE)
                .toList();
        this.readiness = all.stream().filter(q -> q.kind() == QuestionKind.EDUCATION_HELD
                || q.kind() == QuestionKind.STUDY_YEARS || q.kind() == QuestionKind.EXPERIENCE_YEARS).toList();
        this.skills = all.stream().filter(q -> q.kind() == QuestionKind.SKILL_RATING).toList();
    }

    /**
     * {@code people} lines, generated as they are read.
     *
     * @param seed     the seed: the same seed gives the same lines
     * @param badEvery every how many lines one is bad (the last of each run of {@code badEvery}); 0 for none
     */
    public Stream<String> lines(int people, long seed, int badEvery) {
        return IntStream.range(0, people).mapToObj(i -> line(i, seed, badEvery));
    }

    /** Whether line {@code index} (0 for the first) is a planted bad line. */
    public static boolean bad(int index, int badEvery) {
        return badEvery > 0 && index % badEvery == badEvery - 1;
    }

    /** The person id of line {@code index} (0 for the first): {@code p0000001} for the first. */
    public static String person(int index) {
        return String.format("p%07d", index + 1);
    }

    /** Line {@code index} (0 for the first). */
    public String line(int index, long seed, int badEvery) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        int kind = bad(index, badEvery) ? (index / badEvery) % BAD_KINDS : -1;
        StringBuilder sb = new StringBuilder(4096).append('{');
        if (kind != 1) {
            Text.quote(sb.append("\"person\":"), person(index)).append(',');
        }
        sb.append("\"format\":\"").append(Answers.FORMAT).append("\",\"bank\":");
        Text.quote(sb, bank.id()).append(",\"bankVersion\":");
        Text.quote(sb, kind == 4 ? "0.9" : bank.version()).append(",\"answers\":[");
        int before = sb.length();
        // Where the person stands on each dimension (1-5): activities and statements are answered around it. The
        // interest areas take spread-out places in a random order, so that every person has a shape of interests.
        Map<String, Double> positions = new HashMap<>();
        List<Double> places = new java.util.ArrayList<>(List.of(1.0, 1.8, 2.6, 3.4, 4.2, 5.0));
        for (Question q : measures) {
            if (q.dimension() != null) {
                positions.computeIfAbsent(q.dimension().value(), d -> q.kind() == QuestionKind.INTEREST
                        && !places.isEmpty() ? places.remove(random.nextInt(places.size())) : 1 + 4 * random.nextDouble());
            }
        }
        for (Question q : kind == 5 ? measures.subList(0, 2) : measures) {
            if (kind == 2 && q == measures.get(0)) {
                answer(sb, q.id().value(), "9");
            } else if (kind == 5 || random.nextInt(10) < 9) {
                int roll = random.nextInt(20);
                answer(sb, q.id().value(), roll == 0 ? "\"not-sure\"" : roll == 1 ? "\"skip\""
                        : String.valueOf(value(q, positions, random)));
            }
        }
        if (kind != 5) {
            for (Question q : readiness) {
                answer(sb, q.id().value(), String.valueOf(q.options().get(random.nextInt(q.options().size())).value()));
            }
            // Five different skills: a question may be answered once.
            int first = skills.isEmpty() ? 0 : random.nextInt(skills.size());
            for (int i = 0; i < Math.min(5, skills.size()); i++) {
                answer(sb, skills.get((first + i) % skills.size()).id().value(), String.valueOf(random.nextInt(5)));
            }
        }
        if (kind == 3) {
            answer(sb, "no-such.question", "3");
        }
        if (sb.length() > before) {
            sb.setLength(sb.length() - 1);
        }
        sb.append("]}");
        // Not JSON: cut off in the middle.
        return kind == 0 ? sb.substring(0, sb.length() / 2) : sb.toString();
    }

    /**
     * An answer as a consistent person gives it: for an activity or a statement, the person's position on its
     * dimension with some noise (a reverse-keyed statement the other way round); otherwise 1 to 5 at random.
     */
    private static int value(Question q, Map<String, Double> positions, SplittableRandom random) {
        if (q.kind() != QuestionKind.INTEREST && q.kind() != QuestionKind.AGREEMENT) {
            return 1 + random.nextInt(5);
        }
        double noisy = positions.get(q.dimension().value()) + 0.35 * random.nextGaussian();
        int v = (int) Math.max(1, Math.min(5, Math.round(noisy)));
        return q.keySign() < 0 ? 6 - v : v;
    }

    private static void answer(StringBuilder sb, String question, String value) {
        Text.quote(sb.append("{\"question\":"), question).append(",\"value\":").append(value).append("},");
    }
}
