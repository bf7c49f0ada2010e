package dev.careerfit.catalog;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import java.util.Collection;
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
        super(message(roleId, knownIds));
        this.roleId = roleId;
    }

    /**
     * Names the id; lists the known ids when there are few, and otherwise the closest ones and how to
     * search the rest by title.
     */
    private static String message(String roleId, Collection<?> knownIds) {
        String shown = "'" + dev.careerfit.Problem.quote(roleId) + "'";
        if (knownIds.size() <= 12) {
            return "unknown role " + shown + "; known roles: "
                    + knownIds.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        }
        String wanted = String.valueOf(roleId).toLowerCase(java.util.Locale.ROOT);
        // An id far longer than any known one has no close ids; measuring would only cost time.
        java.util.List<String> closest = wanted.length() > 100 ? java.util.List.of() : knownIds.stream()
                .map(Object::toString)
                .filter(id -> distance(wanted, id) <= Math.max(2, wanted.length() / 3))
                .sorted(java.util.Comparator.comparingInt((String id) -> distance(wanted, id)).thenComparing(id -> id))
                .limit(5).toList();
        return "unknown role " + shown + "; " + dev.careerfit.fact.Wording.number(knownIds.size()) + " roles are known"
                + (closest.isEmpty() ? "" : ", the closest ids: " + String.join(", ", closest))
                + "; search them by title with 'careerfit roles --search TEXT'";
    }

    /** Edit distance (insertions, deletions, substitutions) between two ids. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    public String roleId() {
        return roleId;
    }
}
