package dev.careerfit.catalog;

import dev.careerfit.Api;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A provider that could not be loaded, and why. The catalog keeps loading the other providers
 * unless it is strict.
 *
 * @param provider the provider's id when it could be read, otherwise its class name or the
 *                 service-file entry
 * @param origin   the provider's class and the jar or folder it came from, as far as known
 * @param stage    what the catalog was doing when it failed
 * @param problems every problem found, at least one
 * @param cause    the exception behind it, or {@code null}
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record ProviderFailure(String provider, String origin, Stage stage, List<Problem> problems, Throwable cause) {
    public ProviderFailure {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(stage, "stage");
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a provider failure needs at least one problem");
        }
    }

    /**
     * One line: {@code provider 'x' (com.example.X in x.jar) failed to load its data: ...}, with the problems
     * ({@code 3 problems: a; b; c}), the first {@value InvalidDataException#PROBLEMS_IN_MESSAGE} of them and how many
     * more, as {@link InvalidDataException} words its message: a document with hundreds of mistakes gave a message
     * of thousands of characters (found by the provider-document fuzz target). {@link #problems()} has them all.
     */
    public String describe() {
        int more = problems.size() - InvalidDataException.PROBLEMS_IN_MESSAGE;
        String what = problems.size() == 1 ? problems.get(0).toString()
                : problems.size() + " problems: " + String.join("; ", problems.stream()
                .limit(InvalidDataException.PROBLEMS_IN_MESSAGE).map(Problem::toString).toList())
                + (more > 0 ? "; and " + more + " more" : "");
        return "provider '" + provider + "' (" + origin + ") " + stage.phrase() + ": " + what + " [see "
                + stage.help() + "]";
    }

    /** What the catalog was doing when a provider failed. */
    @Api(Api.Status.STABLE)
    public enum Stage {
        /** Finding or instantiating the class (ServiceConfigurationError, constructor threw). */
        INSTANTIATION("could not be created", "docs/providers.md#provider-could-not-be-created"),
        /** Reading or checking the id. */
        ID("has an invalid id", "docs/providers.md#provider-ids"),
        /** Another provider has the same id. */
        DUPLICATE_ID("has a duplicate id", "docs/providers.md#duplicate-provider-id"),
        /** Reading its priority, name, sources, factors or roles threw, or took longer than the time limit. */
        DATA("failed to load its data", "docs/providers.md#provider-data-failed"),
        /** Its data loaded but did not pass validation. */
        VALIDATION("has invalid data", "docs/providers.md#provider-data-invalid");

        private final String phrase;
        private final String help;

        Stage(String phrase, String help) {
            this.phrase = phrase;
            this.help = help;
        }

        public String phrase() {
            return phrase;
        }

        /** The documentation anchor that explains this failure and its fix. */
        public String help() {
            return help;
        }
    }
}
