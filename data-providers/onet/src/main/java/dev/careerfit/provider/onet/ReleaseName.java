package dev.careerfit.provider.onet;

import java.util.Objects;

/**
 * What an O*NET release calls itself on the first two lines of its {@code Read Me.txt}: "O*NET 30.1
 * Database" and "December 2025 Release".
 *
 * @param title   the first line, e.g. "O*NET 30.1 Database"
 * @param edition the second line, e.g. "December 2025 Release", or {@code null} when not given
 */
record ReleaseName(String title, String edition) {
    ReleaseName {
        Objects.requireNonNull(title, "title");
        title = title.strip();
        edition = edition == null || edition.isBlank() ? null : edition.strip();
    }

    private static final String UNNAMED = "release not named (the folder has no Read Me.txt)";

    /** The name of a release whose folder has no {@code Read Me.txt}. */
    static ReleaseName unnamed() {
        return new ReleaseName("O*NET Database", UNNAMED);
    }

    /** "O*NET 30.1 Database, December 2025 Release". */
    String describe() {
        return edition == null ? title : title + ", " + edition;
    }

    /** "O*NET 30.1": how facts and gaps name the release. */
    String shortName() {
        return title.endsWith(" Database") ? title.substring(0, title.length() - " Database".length()) : title;
    }

    /** "O*NET 30.1 (December 2025)": the release of the {@link dev.careerfit.provenance.Source}. */
    String sourceRelease() {
        if (edition == null || edition.equals(UNNAMED)) {
            return shortName() + (edition == null ? "" : ", " + edition);
        }
        String month = edition.endsWith(" Release") ? edition.substring(0, edition.length() - " Release".length())
                : edition;
        return shortName() + " (" + month + ")";
    }
}
