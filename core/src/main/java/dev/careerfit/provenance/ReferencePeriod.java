package dev.careerfit.provenance;

import dev.careerfit.Api;

/**
 * The years a statistic describes: a single year ({@code 2023}) or a span ({@code 2022-2032}).
 *
 * @param startYear first year covered
 * @param endYear   last year covered, equal to {@code startYear} for a single year
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record ReferencePeriod(int startYear, int endYear) implements Comparable<ReferencePeriod> {
    public ReferencePeriod {
        if (startYear < 1800 || startYear > 2200) {
            throw new IllegalArgumentException("reference period start year must be between 1800 and 2200, was "
                    + startYear);
        }
        if (endYear < startYear) {
            throw new IllegalArgumentException("reference period end year " + endYear
                    + " is before its start year " + startYear);
        }
    }

    public static ReferencePeriod year(int year) {
        return new ReferencePeriod(year, year);
    }

    public static ReferencePeriod between(int startYear, int endYear) {
        return new ReferencePeriod(startYear, endYear);
    }

    /**
     * Reads {@code "2023"} or {@code "2022-2032"}.
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    public static ReferencePeriod parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            int dash = t.indexOf('-');
            if (dash < 0) {
                return year(Integer.parseInt(t));
            }
            return between(Integer.parseInt(t.substring(0, dash).strip()),
                    Integer.parseInt(t.substring(dash + 1).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("reference period '" + text
                    + "' must be a year (2023) or a span of years (2022-2032)", e);
        }
    }

    public boolean isSingleYear() {
        return startYear == endYear;
    }

    /** Later periods sort after earlier ones: by end year, then start year. */
    @Override
    public int compareTo(ReferencePeriod other) {
        int byEnd = Integer.compare(endYear, other.endYear);
        return byEnd != 0 ? byEnd : Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return isSingleYear() ? Integer.toString(startYear) : startYear + "-" + endYear;
    }
}
