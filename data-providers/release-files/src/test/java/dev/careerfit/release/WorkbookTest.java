package dev.careerfit.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link Workbook#open} says of files that are not the xlsx workbooks a release publishes. */
class WorkbookTest {
    @TempDir
    Path folder;

    private static String refusal(Path file) {
        ImportLog log = new ImportLog("BLS OEWS", false);
        assertThat(Workbook.open(file, log, "wages")).isEmpty();
        assertThat(log.problems()).singleElement().satisfies(p -> assertThat(p.where()).isEqualTo(
                file.getFileName().toString()));
        return log.problems().get(0).message();
    }

    private Path zip(String name, String comment) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.setComment(comment);
        }
        return file;
    }

    @Test
    void aFileThatIsNotAZipArchiveIsRefusedSayingSo() throws IOException {
        Path csv = Files.writeString(folder.resolve("national_M2024_dl.xlsx"), "OCC_CODE,A_MEDIAN\n15-2051,112590\n");

        assertThat(refusal(csv)).isEqualTo("is not a readable xlsx workbook (it is not a zip archive, as every xlsx "
                + "file is: no end record); BLS tables are published as .xlsx");
        assertThat(refusal(Files.write(folder.resolve("empty.xlsx"), new byte[0]))).contains("not a zip archive");
    }

    /** The end record is found wherever the format allows it: right at the end, or before the longest comment. */
    @Test
    void aZipArchiveGoesOnToBeReadAsAWorkbook() throws IOException {
        for (Path archive : new Path[] {zip("plain.xlsx", ""), zip("commented.xlsx", "c".repeat(65_535))}) {
            assertThat(Workbook.requireZipEndRecord(archive)).isEqualTo(archive);
            assertThat(refusal(archive)).startsWith("is not a readable xlsx workbook (").doesNotContain("zip archive");
        }
    }
}
