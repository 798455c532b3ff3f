package org.carebench.pipeline.local;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/** A large, valid SSDA903 extract for timing the import: N children with three episodes each. */
final class SyntheticExtract {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> PLACES = List.of("U1", "U4", "U5", "K2", "R1", "P1", "A3", "H5", "S1", "Z1");
    private static final List<String> CEASED =
            List.of("E11", "E12", "E13", "E2", "E3", "E4A", "E45", "E46", "E8", "E17");
    private static final List<String> CHANGES = List.of("P", "L", "T", "B", "U");
    private static final List<String> ACTIVITIES = List.of("F1", "P1", "F2", "F4", "G4", "G5", "0");
    private static final List<String> ACCOMMODATION = List.of("B1", "C1", "D1", "S2", "U1", "Z1", "R2", "0");

    private SyntheticExtract() {}

    static Path write(Path folder, int children) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(903);
        try (Writer header = writer(folder, "header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
                Writer episodes = writer(
                        folder,
                        "episodes.csv",
                        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN");
                Writer oc2 = writer(
                        folder,
                        "oc2.csv",
                        "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
                                + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED");
                Writer oc3 = writer(folder, "oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM");
                Writer missing = writer(folder, "missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END")) {
            for (int child = 1; child <= children; child++) {
                LocalDate dob = LocalDate.of(2003, 1, 1).plusDays(random.nextInt(365 * 21));
                String id = "C" + child;
                // The year ending 31 March 2025 codes sex as M, F or U (DfE's January 2025 change).
                header.write(id + "," + (random.nextBoolean() ? "M" : "F") + "," + dob.format(DMY) + ",WBRI,A" + child
                        + ",,\n");
                LocalDate start = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365 * 6));
                for (int episode = 0; episode < 3; episode++) {
                    boolean last = episode == 2;
                    LocalDate end = start.plusDays(30 + random.nextInt(500));
                    boolean open = last && (random.nextBoolean() || end.isAfter(LocalDate.of(2025, 3, 31)));
                    episodes.write(
                            id + "," + start.format(DMY) + "," + (episode == 0 ? "S" : pick(random, CHANGES)) + ","
                                    + (random.nextInt(40) == 0 ? "V3" : "C2") + ",N1," + pick(random, PLACES) + ",PR1,"
                                    + (open ? "" : end.format(DMY)) + ","
                                    + (open ? "" : last ? pick(random, CEASED) : "X1") + ",,,,\n");
                    start = end;
                }
                oc2.write(id + "," + dob.format(DMY) + "," + random.nextInt(41) + ",," + flag(random) + ","
                        + flag(random) + "," + flag(random) + "," + flag(random) + "," + flag(random) + ","
                        + flag(random) + ",0,0\n");
                if (child % 10 == 0) {
                    oc3.write(id + "," + dob.format(DMY) + "," + (random.nextInt(5) == 0 ? "NO" : "YES") + ","
                            + pick(random, ACTIVITIES) + "," + pick(random, ACCOMMODATION) + "\n");
                }
                if (child % 20 == 0) {
                    LocalDate gone = LocalDate.of(2024, 4, 1).plusDays(random.nextInt(365));
                    missing.write(id + "," + dob.format(DMY) + ",M," + gone.format(DMY) + ","
                            + gone.plusDays(2).format(DMY) + "\n");
                }
            }
        }
        return folder;
    }

    private static Writer writer(Path folder, String name, String header) throws IOException {
        Writer writer = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
        writer.write(header + "\n");
        return writer;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String flag(Random random) {
        return random.nextBoolean() ? "1" : "0";
    }
}
