package dev.careerfit.catalog;

import dev.careerfit.Api;
import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Objects;

/**
 * What a linked occupation's sources say about the thing a {@link Conflict} is about: the group of
 * the same kind and topic (when the occupation has one), what it differs on, and the facts that help
 * judge the difference (the education the people in the job hold, beside the education it needs).
 *
 * @param role        the linked occupation
 * @param title       its title
 * @param group       its values for the same thing, or {@code null} when it has none
 * @param differences what its chosen value differs on from the role's, empty when they agree
 * @param context     groups of the kind's {@linkplain dev.careerfit.fact.FactKind#context() context kinds}
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public record LinkedFigure(RoleId role, String title, FactGroup<?> group, List<String> differences,
                           List<FactGroup<?>> context) {
    public LinkedFigure {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(title, "title");
        differences = List.copyOf(differences);
        context = List.copyOf(context);
    }

    /**
     * The occupation's values as values of {@code kind}.
     *
     * @throws ClassCastException naming both kinds when the figure is of another kind
     * @throws IllegalStateException when the occupation has no values for the thing
     */
    @SuppressWarnings("unchecked")
    public <T> FactGroup<T> group(dev.careerfit.fact.FactKind<T> kind) {
        if (group == null) {
            throw new IllegalStateException(role + " has no figure for this");
        }
        if (group.kind() != kind) {
            throw new ClassCastException("this figure is of kind " + group.kind() + ", not " + kind);
        }
        return (FactGroup<T>) group;
    }

    public boolean disagrees() {
        return !differences.isEmpty();
    }
}
