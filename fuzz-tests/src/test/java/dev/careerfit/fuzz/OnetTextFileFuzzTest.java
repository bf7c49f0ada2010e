package dev.careerfit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.careerfit.release.ImportLog;
import dev.careerfit.release.TextTable;
import java.nio.file.Path;
import java.util.List;

/**
 * Any file in the layout of an O*NET text release (tab-separated, a header row), as the O*NET importer reads
 * it: rows go to the handler, problems to the import log, never an exception other than careerfit's.
 */
class OnetTextFileFuzzTest {
    private static final List<String> COLUMNS = List.of("O*NET-SOC Code", "Element ID", "Scale ID", "Data Value");

    @FuzzTest(maxDuration = "10s")
    void onetTextFile(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }

    /** The same target for Jazzer's standalone driver (the long run in docs/reliability.md). */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        byte[] content = data.consumeRemainingAsBytes();
        Outcome.resultOrExplained(() -> {
            Path file = Outcome.file("Skills.txt", content);
            ImportLog log = new ImportLog("O*NET", false);
            TextTable.read(file.getParent(), "Skills.txt", COLUMNS, log, "skills", row -> {
                for (String column : COLUMNS) {
                    row.optional(column);
                }
                return null;
            });
        });
    }
}
