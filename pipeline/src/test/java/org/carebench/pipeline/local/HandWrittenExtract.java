package org.carebench.pipeline.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small SSDA903 extract written by hand, one child and episode per line, as CSV tables in a folder. */
final class HandWrittenExtract {

    private final List<String> header = new ArrayList<>(List.of("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"));
    private final List<String> episodes = new ArrayList<>(
            List.of("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"));

    HandWrittenExtract child(String child, String sex, String dob) {
        header.add(child + "," + sex + "," + dob + ",WBRI,A123456789012,,");
        return this;
    }

    /** An episode: began, reason for new episode, legal status, placement, ceased (or "") and reason ceased. */
    HandWrittenExtract episode(
            String child, String began, String rne, String ls, String place, String ceased, String rec) {
        episodes.add(String.join(",", child, began, rne, ls, "N1", place, "PR1", ceased, rec, "", "", "", ""));
        return this;
    }

    Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve("header.csv"), header, StandardCharsets.UTF_8);
        Files.write(folder.resolve("episodes.csv"), episodes, StandardCharsets.UTF_8);
        return folder;
    }

    List<java.util.Map<String, String>> rows(Path folder, String file) throws IOException {
        return ExtractTables.rowsOf(folder.resolve(file));
    }
}
