package dev.careerfit.cli;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.Conflict;
import dev.careerfit.catalog.ConflictPolicy;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.catalog.LinkedFigure;
import dev.careerfit.catalog.RoleLink;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.provenance.Origin;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RelatedRole;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code careerfit role ID}: everything known about one role, each figure with its source. */
@Command(name = "role", description = {"Show everything known about one role or occupation (ml-engineer, 15-2051.00): "
        + "pay, outlook, education, skills, work factors and more, each figure with its source. Where sources "
        + "disagree, every value is shown, the chosen one marked, with the reason it was chosen; a role linked to "
        + "national occupations shows their figures beside its own and where they differ."})
final class RoleCommand extends RoleCommandBase {
    /** The kinds of fact shown beside a role's own for each occupation it is linked to. */
    private static final List<FactKind<?>> LINKED_KINDS = List.of(FactKinds.SALARY, FactKinds.OUTLOOK,
            FactKinds.EDUCATION, FactKinds.ATTAINMENT, FactKinds.JOB_ZONE);

    @Option(names = "--json", description = "Print the role as JSON (" + CatalogJson.ROLE + ", docs/formats.md): every "
            + "value with its whole provenance.")
    boolean json;

    RoleCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        CareerRole r = role();
        PrintWriter out = out();
        if (json) {
            out.println(CatalogJson.text(CatalogJson.role(r, context.catalog(), LINKED_KINDS)));
            return ExitCodes.OK;
        }
        Style style = style();
        // Twice: first to count the notes that figures of one source share, then for real.
        References references = new References();
        page(r, new PrintWriter(Writer.nullWriter()), style, references);
        references.counted();
        page(r, out, style, references);
        references.print(out, style);
        out.println();
        long disputes = r.conflicts().stream().filter(c -> !c.withLinkedOccupations()).count();
        ConflictPolicy policy = context.catalog().conflictPolicy();
        long byPolicy = r.conflicts().stream().filter(c -> !c.withLinkedOccupations())
                .filter(c -> c.group().tiedWithChosen(policy).isEmpty()).count();
        long linked = r.conflicts().size() - disputes;
        out.println(style.dim("From providers " + String.join(", ", r.providers()) + "; "
                + (disputes == 0 ? "its sources agree on every figure" : disputes + (disputes == 1 ? " figure" : " figures")
                + " disputed: " + byPolicy + " chosen by " + policy.name() + (byPolicy == disputes ? ""
                : ", " + (disputes - byPolicy) + " by the order of the values, where it has no preference"))
                + (linked == 0 ? "." : "; " + linked + (linked == 1 ? " figure differs" : " figures differ")
                + " from the linked occupations'.")));
        return ExitCodes.OK;
    }

    /** The role's facts, related roles and links, each figure citing its source by number. */
    private void page(CareerRole r, PrintWriter out, Style style, References references) {
        out.println(style.bold(r.title()) + style.dim("  (" + r.id() + ")"));
        if (r.summary() != null) {
            out.println(r.summary());
        }
        if (!r.alternateTitles().isEmpty()) {
            out.println("Also called: " + String.join(", ", r.alternateTitles()));
        }
        if (!r.codes().isEmpty()) {
            out.println("Codes: " + r.codes().stream().map(OccupationCode::toString).collect(Collectors.joining(", ")));
        }
        FactPrinter p = new FactPrinter(out, style, references);
        p.role(r);
        if (!r.relatedRoles().isEmpty()) {
            p.heading("Related roles");
            CareerCatalog catalog = context.catalog();
            for (RelatedRole rel : r.relatedRoles()) {
                String title = catalog.summary(rel.role()).map(s -> " " + s.title()).orElse("");
                out.println("  - " + rel.role() + title + (rel.tier() == null ? "" : style.dim("  (" + rel.tier()
                        + (rel.rank() == null ? "" : ", #" + rel.rank()) + ")"))
                        + (rel.relation() == null || rel.tier() != null ? "" : ": " + rel.relation()));
            }
        }
        links(r, p, out, style);
    }

    /** The occupations a role is linked to, their national figures, and where the role's differ from them. */
    private void links(CareerRole r, FactPrinter p, PrintWriter out, Style style) {
        if (r.links().isEmpty()) {
            return;
        }
        boolean national = !r.isOccupation();
        p.heading(national ? "Linked national occupations" : "Roles linked to this occupation");
        for (RoleLink link : r.links()) {
            out.println("  " + style.bold(link.role() + "  " + link.title()));
            out.println("      " + style.dim("why: " + link.evidence() + "  (" + p.source(link.provenance()) + ")"));
            if (national) {
                CareerRole occupation = context.catalog().requireRole(link.role().value());
                for (FactKind<?> kind : LINKED_KINDS) {
                    for (FactGroup<?> g : occupation.groups(kind)) {
                        out.println("      " + g.subject() + ": " + g.text());
                        out.println("          " + style.dim(p.source(g.chosen().provenance())));
                    }
                }
            }
        }
        List<Conflict> differing = r.conflicts().stream().filter(Conflict::withLinkedOccupations).toList();
        if (differing.isEmpty()) {
            return;
        }
        p.heading("Where " + r.title() + "'s figures differ from the linked occupations'");
        for (Conflict c : differing) {
            out.println("  " + c.subject() + style.yellow("  [differs on " + String.join(" and ", c.differences()) + "]"));
            out.println("    this role: " + c.group().text());
            out.println("        " + style.dim(p.source(c.chosen().provenance())));
            for (LinkedFigure f : c.linked()) {
                if (f.group() != null) {
                    out.println("    " + f.role() + " " + f.title() + whose(f.group()) + ": " + f.group().text()
                            + (f.disagrees() ? "" : style.dim("  (agrees)")));
                    out.println("        " + style.dim(p.source(f.group().chosen().provenance())));
                }
                for (FactGroup<?> context : f.context()) {
                    out.println("      " + context.subject() + ": " + context.text());
                    out.println("          " + style.dim(p.source(context.chosen().provenance())));
                }
            }
        }
        out.println("  " + style.dim("The role's own figures stand for the role; the linked occupations' are "
                + "national figures for the occupations whose titles include it or whose code it carries, shown beside "
                + "them, not merged."));
    }

    /**
     * Whose figures an occupation's are when its publisher published them for another code: {@code , figures of
     * SOC 15-1299 Computer Occupations, All Other}; empty when they are the occupation's own.
     */
    private static String whose(FactGroup<?> g) {
        Origin o = g.chosen().provenance().origin();
        return o == null || o.appliedFromTitle() == null ? ""
                : ", figures of " + o.appliedFrom() + " " + o.appliedFromTitle();
    }
}
