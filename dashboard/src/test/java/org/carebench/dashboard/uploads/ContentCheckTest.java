package org.carebench.dashboard.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.carebench.dashboard.support.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a file is, by its bytes: DfE's real files, and small ones that lie about themselves. */
class ContentCheckTest {

    @TempDir
    Path folder;

    @Test
    void recognisesDfesCsvAndWorkbookByTheirContent() throws Exception {
        Path ref = ProjectPaths.referenceData();
        assertThat(ContentCheck.kind(ref.resolve("la-codes/las.csv"))).isEqualTo("csv");
        assertThat(ContentCheck.kind(ref.resolve("la-codes/la_code_list.xlsx"))).isEqualTo("xlsx");
    }

    @Test
    void csvWithAByteOrderMarkIsStillCsv() throws Exception {
        Path file = Files.write(
                folder.resolve("bom.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b'});
        ContentCheck.check(file, "bom.csv");
    }

    @Test
    void refusesBinaryNamedCsvAndZipNamedXlsx() throws Exception {
        Path binary = Files.write(folder.resolve("x.csv"), new byte[] {'a', 0, 'b'});
        assertThatThrownBy(() -> ContentCheck.check(binary, "x.csv"))
                .hasMessage(
                        "x.csv: its name says CSV but its content is binary data, not text (and not an Excel workbook)");
        Path zip = Files.write(folder.resolve("y.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThatThrownBy(() -> ContentCheck.check(zip, "y.xlsx"))
                .hasMessage(
                        "y.xlsx: its name says XLSX but its content is a zip archive that is not an Excel workbook");
    }

    @Test
    void refusesLatin1TextAndOtherExtensions() throws Exception {
        Path latin1 = Files.write(folder.resolve("z.csv"), new byte[] {'a', ',', (byte) 0xA3, '5'});
        assertThatThrownBy(() -> ContentCheck.check(latin1, "z.csv")).hasMessageContaining("binary data");
        Path exe = Files.write(folder.resolve("run.exe"), new byte[] {'M', 'Z'});
        assertThatThrownBy(() -> ContentCheck.check(exe, "run.exe")).hasMessageContaining("only CSV files");
    }
}
