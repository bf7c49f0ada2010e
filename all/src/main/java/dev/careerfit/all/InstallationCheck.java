package dev.careerfit.all;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.ProviderFailure;
import dev.careerfit.catalog.ProviderInfo;
import java.io.PrintStream;

/**
 * Prints what careerfit finds on this class path or module path: the providers that loaded, the roles
 * they define, and any that failed. Run it to check an installation:
 * {@code java -p <jars> -m dev.careerfit.all/dev.careerfit.all.InstallationCheck}. Exits 1 when a
 * provider failed.
 *
 * @since 0.1
 */
public final class InstallationCheck {
    private InstallationCheck() {}

    public static void main(String[] args) {
        System.exit(run(System.out));
    }

    /** Prints the check to {@code out}; returns 0 when every provider loaded, 1 otherwise. */
    public static int run(PrintStream out) {
        CareerCatalog catalog = CareerCatalog.builder().classLoader(InstallationCheck.class.getClassLoader()).build();
        Module module = InstallationCheck.class.getModule();
        out.println("careerfit on the " + (module.isNamed() ? "module path (" + module.getName() + ")" : "class path"));
        for (ProviderInfo p : catalog.providers()) {
            out.println("provider " + p.id() + " (priority " + p.priority() + ", " + p.roleCount() + " roles)");
        }
        for (CareerRole r : catalog.roles()) {
            out.println("role " + r.id() + ": " + r.title() + " (" + r.providers().size() + " providers, "
                    + r.conflicts().size() + " disagreements)");
        }
        catalog.failures().stream().map(ProviderFailure::describe).forEach(f -> out.println("FAILED " + f));
        out.println("failures: " + catalog.failures().size());
        return catalog.failures().isEmpty() ? 0 : 1;
    }
}
