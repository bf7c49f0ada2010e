package dev.careerfit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.careerfit.release.ImportLog;
import dev.careerfit.release.Workbook;
import java.util.List;

/** Any bytes given as a BLS workbook (xlsx): a workbook, or a failure in the import log. */
class BlsWorkbookFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void blsWorkbook(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }

    /** The same target for Jazzer's standalone driver (the long run in docs/reliability.md). */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        byte[] content = data.consumeRemainingAsBytes();
        Outcome.resultOrExplained(() -> Workbook.open(Outcome.file("national_M2024_dl.xlsx", content),
                new ImportLog("BLS OEWS", false), "wages").ifPresent(wb -> {
                    for (String sheet : wb.sheetNames()) {
                        Workbook.Header.find(wb.rows(sheet), List.of("OCC_CODE", "A_MEDIAN"), 10);
                    }
                }));
    }
}
