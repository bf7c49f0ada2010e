package dev.careerfit.provider.tck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.careerfit.Api;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The publishers' real releases in the shared folder beside the checkout ({@code ../shared}), which the
 * build names in the system property {@value #PROPERTY}. A test that compares a provider with its release
 * asks for a folder or file here; where it is absent (a checkout without the shared folder) the test is
 * skipped with a message saying why, not failed.
 *
 * <pre>{@code
 * Path bls = SharedReleases.folder("data", "bls");
 * Path workbook = SharedReleases.file("data", "bls", "oews-national-may2024.xlsx");
 * }</pre>
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class SharedReleases {
    /** The system property naming the shared folder. */
    public static final String PROPERTY = "careerfit.shared";

    private SharedReleases() {}

    /**
     * The folder {@code first/more...} inside the shared folder.
     *
     * @throws org.opentest4j.TestAbortedException (the test is skipped) when the property is not set or the
     *                                             folder is absent
     */
    public static Path folder(String first, String... more) {
        Path folder = resolve(first, more);
        assumeTrue(Files.isDirectory(folder), () -> folder + " is absent; the tests that read it are skipped");
        return folder;
    }

    /**
     * The file {@code first/more...} inside the shared folder.
     *
     * @throws org.opentest4j.TestAbortedException (the test is skipped) when the property is not set or the
     *                                             file is absent
     */
    public static Path file(String first, String... more) {
        Path file = resolve(first, more);
        assumeTrue(Files.isRegularFile(file), () -> file + " is absent; the tests that read it are skipped");
        return file;
    }

    private static Path resolve(String first, String... more) {
        String shared = System.getProperty(PROPERTY);
        assumeTrue(shared != null, "system property " + PROPERTY + " is not set; the tests on the real releases in "
                + "the shared folder beside the checkout are skipped");
        return Path.of(shared, first).resolve(Path.of("", more));
    }
}
