package dev.careerfit.catalog;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import dev.careerfit.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A role id that no loaded provider defines.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public class UnknownRoleException extends CareerfitException {
    private static final long serialVersionUID = 1L;

    private final String roleId;

    public UnknownRoleException(String roleId, Collection<?> knownIds) {
        this(roleId, knownIds, List.of());
    }

    /**
     * @param byTitle roles whose title matches what was typed, as {@code 15-2051.00 (Data Scientists)}: a title given
     *                where an id was wanted
     * @since 0.2
     */
    public UnknownRoleException(String roleId, Collection<?> knownIds, List<String> byTitle) {
        super(message(roleId, knownIds, byTitle));
        this.roleId = roleId;
    }

    /**
     * Names the id; lists the known ids when there are few, and otherwise suggests the nearest ids (an O*NET code
     * without its {@code .00} finds it) and roles with that title, and says how to search the rest by title.
     */
    private static String message(String roleId, Collection<?> knownIds, List<String> byTitle) {
        String shown = "'" + dev.careerfit.Problem.quote(roleId) + "'";
        if (knownIds.size() <= 12) {
            return "unknown role " + shown + "; known roles: "
                    + knownIds.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        }
        List<String> near = new ArrayList<>(Suggestions.closest(String.valueOf(roleId),
                knownIds.stream().map(Object::toString).toList(), Suggestions.SHOWN));
        byTitle.stream().filter(t -> near.stream().noneMatch(t::startsWith)).limit(Math.max(0, Suggestions.SHOWN
                - near.size())).forEach(near::add);
        return "unknown role " + shown + (near.isEmpty() ? "; search" : "; did you mean " + Suggestions.or(near)
                + "? Search") + " the " + dev.careerfit.fact.Wording.number(knownIds.size())
                + " known roles by title with 'careerfit roles --search TEXT'";
    }

    public String roleId() {
        return roleId;
    }
}
