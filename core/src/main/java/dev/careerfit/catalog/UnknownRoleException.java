package dev.careerfit.catalog;

import dev.careerfit.CareerfitException;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A role id that no loaded provider defines.
 *
 * @since 0.1
 */
public class UnknownRoleException extends CareerfitException {
    private static final long serialVersionUID = 1L;

    private final String roleId;

    public UnknownRoleException(String roleId, Collection<?> knownIds) {
        super("unknown role '" + roleId + "'; known roles: "
                + knownIds.stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        this.roleId = roleId;
    }

    public String roleId() {
        return roleId;
    }
}
