package dev.careerfit.cli;

import dev.careerfit.catalog.CareerRole;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RelatedRole;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code careerfit role ID}: everything known about one role, each figure with its source. */
@Command(name = "role", description = {"Show everything known about one role: pay, outlook, education, skills, "
        + "work factors and more, each figure with its source. Where sources disagree, every value is shown, "
        + "the chosen one marked, with the reason it was chosen."})
final class RoleCommand extends RoleCommandBase {
    RoleCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        CareerRole r = role();
        PrintWriter out = out();
        Style style = style();
        out.println(style.bold(r.title()) + style.dim("  (" + r.id() + ")"));
        if (r.summary() != null) {
            out.println(r.summary());
        }
        if (!r.alternateTitles().isEmpty()) {
            out.println("Also called: " + String.join(", ", r.alternateTitles()));
        }
        if (!r.codes().isEmpty()) {
            out.println("Codes: " + r.codes().stream().map(OccupationCode::code).collect(Collectors.joining(", ")) + " ("
                    + r.codes().stream().map(OccupationCode::scheme).distinct().collect(Collectors.joining(", ")) + ")");
        }
        FactPrinter p = new FactPrinter(out, style);
        p.groups("Pay", r.salaries());
        p.groups("Job outlook", r.outlook());
        p.sourced("What sources say about the outlook", r.outlookStatements());
        p.groups("Industries", r.industries());
        p.groups("Education to get in", r.education());
        p.groups("Education of people in the role", r.educationDistributions());
        p.groups("Preparation", r.jobZones());
        p.sourced("Ways in", r.careerPaths());
        p.sourced("Certifications", r.certifications());
        p.groups("Skills", r.skills());
        p.sourced("Tools", r.tools());
        p.sourced("What the work is", r.tasks());
        p.groups("Work factors", r.factors());
        p.groups("Job satisfaction", r.satisfaction());
        p.groups("Workforce", r.workforce());
        p.groups("Interests the role draws on", r.interests());
        p.groups("Work values the role satisfies", r.workValues());
        p.sourced("Misconceptions", r.misconceptions());
        p.sourced("Questions people ask", r.faqs());
        p.sourced("Tips", r.tips());
        if (!r.relatedRoles().isEmpty()) {
            p.heading("Related roles");
            for (RelatedRole rel : r.relatedRoles()) {
                out.println("  - " + rel.role() + (rel.relation() == null ? "" : ": " + rel.relation()));
            }
        }
        out.println();
        int disputes = r.conflicts().size();
        out.println(style.dim("From providers " + String.join(", ", r.providers()) + "; "
                + (disputes == 0 ? "sources agree on every figure." : disputes + (disputes == 1 ? " figure" : " figures")
                + " disputed, resolved by " + context.catalog().conflictPolicy().name() + ".")));
        return ExitCodes.OK;
    }
}
