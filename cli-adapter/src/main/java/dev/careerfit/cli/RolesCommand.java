package dev.careerfit.cli;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code careerfit roles}: every role the loaded providers know. */
@Command(name = "roles", description = {"List every role the built-in providers and your own (--providers) know."})
final class RolesCommand extends CliCommand {
    RolesCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        CareerCatalog catalog = context.catalog();
        PrintWriter out = out();
        Style style = style();
        List<CareerRole> roles = catalog.roles();
        int idWidth = Math.max(4, roles.stream().mapToInt(r -> r.id().value().length()).max().orElse(0));
        int titleWidth = Math.max(5, roles.stream().mapToInt(r -> r.title().length()).max().orElse(0));
        out.println(style.bold(pad("ROLE", idWidth) + "  " + pad("TITLE", titleWidth) + "  FROM"));
        for (CareerRole r : roles) {
            out.println(pad(r.id().value(), idWidth) + "  " + pad(r.title(), titleWidth) + "  "
                    + style.dim(String.join(", ", r.providers())));
        }
        out.println();
        out.println(roles.size() + (roles.size() == 1 ? " role" : " roles") + " from " + catalog.providers().size()
                + " providers. Everything about one: careerfit role ROLE");
        SourcesCommand.warnAboutFailures(catalog, err(), style);
        return ExitCodes.OK;
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
