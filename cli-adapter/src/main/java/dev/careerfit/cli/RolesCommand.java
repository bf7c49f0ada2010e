package dev.careerfit.cli;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.fact.Wording;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code careerfit roles}: every role the loaded providers know, or those a search finds. */
@Command(name = "roles", description = {"List every role and occupation the built-in providers and your own "
        + "(--providers) know, or search them by title and other titles."})
final class RolesCommand extends CliCommand {
    /** Titles longer than this are cut in the listing; {@code careerfit role ID} shows them whole. */
    private static final int MAX_TITLE_WIDTH = 60;

    @Option(names = {"-s", "--search"}, paramLabel = "TEXT",
            description = "Only roles whose title or one of whose other titles contains every word of TEXT "
                    + "(case-insensitive), best matches first.")
    String search;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Show at most N roles.")
    Integer limit;

    @Option(names = "--json", description = "Print the roles as JSON (" + CatalogJson.ROLES + ", docs/formats.md).")
    boolean json;

    RolesCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (limit != null && limit < 1) {
            throw usage("--limit must be at least 1, was " + limit);
        }
        CareerCatalog catalog = context.catalog();
        PrintWriter out = out();
        Style style = style();
        List<RoleSummary> found = search == null ? catalog.roles() : catalog.search(search);
        List<RoleSummary> shown = limit == null ? found : found.subList(0, Math.min(limit, found.size()));
        if (json) {
            out.println(CatalogJson.text(CatalogJson.roles(search, found.size(), catalog.providers().size(), shown)));
            return ExitCodes.OK;
        }
        int idWidth = Math.max(4, shown.stream().mapToInt(r -> r.id().value().length()).max().orElse(0));
        int titleWidth = Math.min(MAX_TITLE_WIDTH,
                Math.max(5, shown.stream().mapToInt(r -> r.title().length()).max().orElse(0)));
        // One write for the whole listing: a thousand lines flushed one by one cost more than building them.
        StringBuilder listing = new StringBuilder(shown.size() * 100);
        String newline = System.lineSeparator();
        if (!shown.isEmpty()) {
            listing.append(style.bold(Style.pad("ROLE", idWidth) + "  " + Style.pad("TITLE", titleWidth) + "  FROM")).append(newline);
        }
        for (RoleSummary r : shown) {
            listing.append(Style.pad(r.id().value(), idWidth)).append("  ").append(Style.pad(Style.cut(r.title(), titleWidth), titleWidth))
                    .append("  ").append(style.dim(String.join(", ", r.providers()))).append(newline);
        }
        if (!shown.isEmpty()) {
            listing.append(newline);
        }
        out.print(listing);
        String counted = (search == null ? Wording.count(found.size(), "role", "roles") + " from "
                + Wording.count(catalog.providers().size(), "provider", "providers")
                : Wording.count(found.size(), "role matches", "roles match") + " '" + search + "'")
                + (shown.size() < found.size() ? "; " + shown.size() + " shown (--limit)" : "") + ".";
        out.println(counted + (found.isEmpty() ? " Try fewer or other words." : " Everything about one: careerfit role ROLE"));
        return ExitCodes.OK;
    }

}
