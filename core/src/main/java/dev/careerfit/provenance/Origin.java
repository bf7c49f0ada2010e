package dev.careerfit.provenance;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Where inside a source a value sits, as precisely as the publisher lets us say: the file or table,
 * the content element and rating scale (O*NET's {@code 2.A.1.e} Mathematics, level), when the value
 * was collected and by what method, and, where the figure was published for a broader code than the
 * role's, which code it was published for. Every part is optional.
 *
 * @param table        the file or table the value was read from, e.g. {@code Skills.txt} or {@code Table 1.2}
 * @param element      the content element, e.g. {@code 2.A.1.e Mathematics}
 * @param scale        the scale or column, e.g. {@code LV Level} or {@code A_MEDIAN}
 * @param collected    when the publisher collected or last updated the value, e.g. {@code 08/2023}
 * @param domainSource how the value was collected, e.g. O*NET's {@code Incumbent} or {@code Analyst}
 * @param appliedFrom  the code the figure was published for when it is applied to a narrower role,
 *                     e.g. {@code SOC 15-1299} for O*NET's {@code 15-1299.08}
 * @param appliedFromTitle the title the publisher gives that code, e.g. "Computer Occupations, All Other":
 *                     the occupation the figure is about; {@code null} when not known
 * @param combines     where the publisher publishes one code for several that the role's classification
 *                     keeps apart, the codes it combines (e.g. {@code SOC 21-1011} and {@code SOC 21-1014}
 *                     in {@code SOC 21-1018}); otherwise empty
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public record Origin(String table, String element, String scale, String collected, String domainSource,
                     String appliedFrom, String appliedFromTitle, List<String> combines) {
    public Origin {
        table = Checks.optionalText(table);
        element = Checks.optionalText(element);
        scale = Checks.optionalText(scale);
        collected = Checks.optionalText(collected);
        domainSource = Checks.optionalText(domainSource);
        appliedFrom = Checks.optionalText(appliedFrom);
        appliedFromTitle = Checks.optionalText(appliedFromTitle);
        combines = combines == null ? List.of() : List.copyOf(combines);
        if ((appliedFromTitle != null || !combines.isEmpty()) && appliedFrom == null) {
            throw new IllegalArgumentException("appliedFromTitle and combines describe appliedFrom, which is not set");
        }
    }

    /** Where a value sits, without a code it was applied from. */
    public Origin(String table, String element, String scale, String collected, String domainSource,
                  String appliedFrom) {
        this(table, element, scale, collected, domainSource, appliedFrom, null, List.of());
    }

    /** A value read from one file or table. */
    public static Origin table(String table) {
        return new Origin(table, null, null, null, null, null);
    }

    public Origin withElement(String element, String scale) {
        return new Origin(table, element, scale, collected, domainSource, appliedFrom, appliedFromTitle, combines);
    }

    public Origin withCollection(String collected, String domainSource) {
        return new Origin(table, element, scale, collected, domainSource, appliedFrom, appliedFromTitle, combines);
    }

    public Origin withAppliedFrom(String code) {
        return new Origin(table, element, scale, collected, domainSource, code, null, List.of());
    }

    /**
     * The code the figure was published for, the publisher's title of it, and the codes it combines:
     * {@code SOC 21-1018}, "Substance Abuse, Behavioral Disorder, and Mental Health Counselors",
     * {@code [SOC 21-1011, SOC 21-1014]}.
     */
    public Origin withAppliedFrom(String code, String title, List<String> combined) {
        return new Origin(table, element, scale, collected, domainSource, code, title, combined);
    }

    /**
     * {@code published for SOC 21-1018 (Substance Abuse, Behavioral Disorder, and Mental Health Counselors),
     * which combines SOC 21-1011 and SOC 21-1014}; empty when the figure was not applied from another code.
     */
    public String appliedFromText() {
        if (appliedFrom == null) {
            return "";
        }
        String text = "published for " + appliedFrom + (appliedFromTitle == null ? "" : " (" + appliedFromTitle + ")");
        if (!combines.isEmpty()) {
            text += ", which combines " + (combines.size() == 1 ? combines.get(0)
                    : String.join(", ", combines.subList(0, combines.size() - 1)) + " and " + combines.get(combines.size() - 1));
        }
        return text;
    }

    /** One line: {@code Skills.txt, 2.A.1.e Mathematics, LV Level, collected 08/2023 (Analyst)}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (table != null) {
            parts.add(table);
        }
        if (element != null) {
            parts.add(element);
        }
        if (scale != null) {
            parts.add(scale);
        }
        if (collected != null || domainSource != null) {
            parts.add((collected == null ? "collected" : "collected " + collected)
                    + (domainSource == null ? "" : " (" + domainSource + ")"));
        }
        if (appliedFrom != null) {
            parts.add(appliedFromText());
        }
        return String.join(", ", parts);
    }
}
