package dev.careerfit.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.spi.FileReport;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The accounting of files and sheets an importer reads. */
class ImportLogTest {

    @Test
    void aSheetThatFailsAsAWholeStillAccountsForEveryRow() {
        ImportLog log = new ImportLog("provider 'acme'", false);

        log.file("acme.xlsx", "Table 1").failed("header", "column 'Code' is missing", 7);

        FileReport sheet = log.report("Acme 2025").files().get(0);
        assertThat(sheet.status()).isEqualTo(FileReport.Status.FAILED);
        assertThat(sheet.rowsRead()).isEqualTo(7);
        assertThat(sheet.rowsLoaded()).isZero();
        assertThat(sheet.skipped()).containsExactly(Map.entry("not read: the sheet failed (see the problems)", 7L));
        assertThat(log.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("acme.xlsx, sheet 'Table 1', header");
            assertThat(p.message()).isEqualTo("column 'Code' is missing");
        });
    }

    @Test
    void aFileThatFailsAsAWholeIsCalledAFile() {
        ImportLog log = new ImportLog("provider 'acme'", false);

        log.file("acme.txt", null).failed(null, "is not text", 2);

        assertThat(log.report("Acme 2025").files().get(0).skipped())
                .containsExactly(Map.entry("not read: the file failed (see the problems)", 2L));
    }
}
