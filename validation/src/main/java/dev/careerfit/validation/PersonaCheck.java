package dev.careerfit.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.bank.Question;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pre-registered personas ({@code personas.json}, written before any was scored): how many of each one's
 * expected occupations careerfit's engine (the full quiz), the experimental method and Pearson put in the top
 * 10 and 20.
 */
public final class PersonaCheck {
    static final String RESOURCE = "personas.json";
    static final List<String> AREAS = List.of("realistic", "investigative", "artistic", "social", "enterprising",
            "conventional");

    /** One persona as read. */
    public record Persona(String id, JsonNode node, List<String> expected) {}

    public static List<Persona> personas() {
        try (InputStream in = PersonaCheck.class.getResourceAsStream(RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Persona> list = new ArrayList<>();
            for (JsonNode p : root.get("personas")) {
                List<String> expected = new ArrayList<>();
                p.get("expected").forEach(e -> expected.add(e.asText()));
                list.add(new Persona(p.get("id").asText(), p, expected));
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The persona as answers to careerfit's full quiz, by the rules in personas.json. */
    static Answers answers(FitScorer scorer, Persona persona) {
        JsonNode p = persona.node();
        Set<String> likes = new HashSet<>();
        Set<String> dislikes = new HashSet<>();
        p.get("likes").forEach(x -> likes.add(x.asText()));
        p.get("dislikes").forEach(x -> dislikes.add(x.asText()));
        Answers.Builder b = Answers.builder(scorer.bank());
        for (Question q : scorer.bank().questions()) {
            String d = q.dimension() == null ? null : q.dimension().value();
            switch (q.kind()) {
                case INTEREST -> b.answer(q.id(), p.get("interests").get(d).asInt());
                case VALUE_CHOICE -> b.answer(q.id(), Math.max(1, Math.min(5,
                        3 - (p.get("values").get(d).asInt() - p.get("values").get(q.versus().value()).asInt()))));
                case AGREEMENT -> b.answer(q.id(), likes.contains(d) ? (q.keySign() > 0 ? 5 : 1)
                        : dislikes.contains(d) ? (q.keySign() > 0 ? 1 : 5) : 3);
                case IMPORTANCE -> b.answer(q.id(), likes.contains(d) || dislikes.contains(d) ? 5 : 2);
                default -> { }
            }
        }
        b.answer(QuestionId.of("education.highest"), p.get("education").asInt());
        b.answer(QuestionId.of("education.study-years"), p.get("studyYears").asInt());
        return b.build();
    }

    static Taker taker(Persona persona) {
        int[] s = AREAS.stream().mapToInt(a -> (persona.node().get("interests").get(a).asInt() - 1) * 10).toArray();
        return new Taker(s, EducationLevel.ofOnetCategory(persona.node().get("education").asInt()));
    }

    /** Expected occupations found within the first {@code depth} positions. */
    static int found(int[][] top, List<Integer> expected, int depth) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < Math.min(depth, top.length); i++) {
            Arrays.stream(top[i]).filter(expected::contains).forEach(seen::add);
        }
        return seen.size();
    }

    public static String run(FitScorer scorer, Occupations occupations) {
        ExperimentalRanker experimental = new ExperimentalRanker(occupations);
        PearsonRanker pearson = PearsonRanker.all(occupations);
        StringBuilder b = new StringBuilder("Personas: expected occupations in the top 10 / top 20\n");
        b.append(String.format(Locale.ROOT, "  %-11s %8s %14s %14s %14s%n", "persona", "expected", "careerfit",
                "experimental", "Pearson"));
        int[][] totals = new int[3][2];
        int expectedTotal = 0;
        for (Persona persona : personas()) {
            List<Integer> expected = persona.expected().stream().map(occupations::index)
                    .filter(java.util.Optional::isPresent).map(java.util.Optional::get).toList();
            expectedTotal += expected.size();
            List<FitEstimate> engine = scorer.rank(scorer.person(answers(scorer, persona)), RankingRequest.top(20)).roles();
            int[][][] tops = {engine.stream().filter(r -> r.score() != null)
                    .map(r -> occupations.standsFor(r.role().value())).toArray(int[][]::new),
                experimental.top(taker(persona), 20), pearson.top(taker(persona), 20)};
            b.append(String.format(Locale.ROOT, "  %-11s %8d", persona.id(), expected.size()));
            for (int m = 0; m < 3; m++) {
                int t10 = found(tops[m], expected, 10);
                int t20 = found(tops[m], expected, 20);
                totals[m][0] += t10;
                totals[m][1] += t20;
                b.append(String.format(Locale.ROOT, " %8d / %-3d", t10, t20));
            }
            b.append('\n');
        }
        b.append(String.format(Locale.ROOT, "  %-11s %8d", "all", expectedTotal));
        for (int[] t : totals) {
            b.append(String.format(Locale.ROOT, " %8d / %-3d", t[0], t[1]));
        }
        return b.append('\n').toString();
    }

    private PersonaCheck() {}
}
