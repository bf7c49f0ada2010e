package dev.careerfit.cli;

import dev.careerfit.catalog.CareerRole;
import picocli.CommandLine.Parameters;

/** A command about one role, named by its id. */
abstract class RoleCommandBase extends CliCommand {
    @Parameters(paramLabel = "ROLE", description = "The role's id, e.g. ml-engineer (see: careerfit roles).")
    String roleId;

    RoleCommandBase(CliContext context) {
        super(context);
    }

    /** The role, or an error naming the known roles. */
    CareerRole role() {
        return context.catalog().requireRole(roleId);
    }
}
