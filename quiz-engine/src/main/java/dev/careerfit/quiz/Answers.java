package dev.careerfit.quiz;

import dev.careerfit.Api;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.role.RoleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a person answered, for one version of the question bank, optionally naming the role they
 * are interested in. Immutable. Build with {@link #builder(QuestionBank)}; read and write files with
 * {@code QuizJson} of {@code careerfit-quiz-json} (shape {@value #FORMAT}). The answers are checked against the bank and the catalog
 * when they are scored, and every problem is reported together.
 *
 * <pre>{@code
 * Answers answers = Answers.builder(scorer.bank()).role(RoleId.of("ml-engineer"))
 *         .answer(QuestionId.of("maths-intensity.1"), 5).notSure(QuestionId.of("pay.2")).build();
 * }</pre>
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class Answers {
    /** The shape and version of an answers document. */
    public static final String FORMAT = "careerfit-answers/1";

    private final String bank;
    private final String bankVersion;
    private final RoleId role;
    private final List<Answer> list;
    private final InterestProfilerResult interestProfiler;

    private Answers(String bank, String bankVersion, RoleId role, List<Answer> list,
                    InterestProfilerResult interestProfiler) {
        this.bank = bank;
        this.bankVersion = bankVersion;
        this.role = role;
        this.list = List.copyOf(list);
        this.interestProfiler = interestProfiler;
    }

    /** Answers to {@code bank}: its id and version are recorded. */
    public static Builder builder(QuestionBank bank) {
        return new Builder(bank.id(), bank.version());
    }

    /** Answers to the bank with this id and version ({@code bank} may be {@code null}). */
    public static Builder builder(String bank, String bankVersion) {
        return new Builder(bank, bankVersion);
    }

    /** The id of the bank the answers were given to, or {@code null} when not recorded. */
    public String bank() {
        return bank;
    }

    /** The version of the bank the answers were given to. */
    public String bankVersion() {
        return bankVersion;
    }

    /** The role the person asked about, if any. */
    public Optional<RoleId> role() {
        return Optional.ofNullable(role);
    }

    /** O*NET Interest Profiler results given with the answers, if any. */
    public Optional<InterestProfilerResult> interestProfiler() {
        return Optional.ofNullable(interestProfiler);
    }

    /** These answers with Interest Profiler results (or none, when {@code null}). */
    public Answers withInterestProfiler(InterestProfilerResult result) {
        return new Answers(bank, bankVersion, role, list, result);
    }

    /** Every answer, in the order given; may hold duplicates until checked. */
    public List<Answer> answers() {
        return list;
    }

    /** The answer to {@code question}; the last one when there are several. */
    public Optional<Answer> answer(QuestionId question) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).question().equals(question)) {
                return Optional.of(list.get(i));
            }
        }
        return Optional.empty();
    }

    /** These answers with {@code answer} in place of any earlier answer to its question. */
    public Answers with(Answer answer) {
        List<Answer> copy = new ArrayList<>(list.size() + 1);
        boolean replaced = false;
        for (Answer a : list) {
            if (a.question().equals(answer.question())) {
                if (!replaced) {
                    copy.add(answer);
                    replaced = true;
                }
            } else {
                copy.add(a);
            }
        }
        if (!replaced) {
            copy.add(answer);
        }
        return new Answers(bank, bankVersion, role, copy, interestProfiler);
    }

    /** These answers with only the first {@code count} answers, in the order given. */
    Answers firstAnswers(int count) {
        return new Answers(bank, bankVersion, role, list.subList(0, count), interestProfiler);
    }

    /** These answers without any answer to {@code question}. */
    public Answers without(QuestionId question) {
        return new Answers(bank, bankVersion, role, list.stream().filter(a -> !a.question().equals(question)).toList(),
                interestProfiler);
    }

    /** These answers for {@code role} (or no role, when {@code null}). */
    public Answers withRole(RoleId role) {
        return new Answers(bank, bankVersion, role, list, interestProfiler);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answers other && Objects.equals(bank, other.bank)
                && Objects.equals(bankVersion, other.bankVersion) && Objects.equals(role, other.role)
                && list.equals(other.list) && Objects.equals(interestProfiler, other.interestProfiler);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bank, bankVersion, role, list, interestProfiler);
    }

    @Override
    public String toString() {
        return "Answers[bank " + bank + " " + bankVersion + (role == null ? "" : ", role " + role) + ", "
                + list.size() + " answers]";
    }

    /** Builds {@link Answers}. Not thread-safe. */
    @Api(Api.Status.STABLE)
    public static final class Builder {
        private final String bank;
        private final String bankVersion;
        private RoleId role;
        private final List<Answer> list = new ArrayList<>();
        private InterestProfilerResult interestProfiler;

        private Builder(String bank, String bankVersion) {
            this.bank = bank;
            this.bankVersion = bankVersion;
        }

        /** The role the person asks about, or none when {@code null}. */
        public Builder role(RoleId value) {
            this.role = value;
            return this;
        }

        /** O*NET Interest Profiler results, counted with the interest items. */
        public Builder interestProfiler(InterestProfilerResult result) {
            this.interestProfiler = result;
            return this;
        }

        public Builder answer(QuestionId question, int value) {
            return add(Answer.of(question, value));
        }

        public Builder notSure(QuestionId question) {
            return add(Answer.notSure(question));
        }

        public Builder skip(QuestionId question) {
            return add(Answer.skipped(question));
        }

        /** Adds {@code answer} as it is; a second answer to the same question is an error when checked. */
        public Builder add(Answer answer) {
            list.add(Objects.requireNonNull(answer, "answer"));
            return this;
        }

        public Builder addAll(List<Answer> answers) {
            answers.forEach(this::add);
            return this;
        }

        public Answers build() {
            return new Answers(bank, bankVersion, role, list, interestProfiler);
        }
    }
}
