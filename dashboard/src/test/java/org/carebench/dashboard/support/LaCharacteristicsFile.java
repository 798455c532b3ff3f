package org.carebench.dashboard.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file in the layout of DfE's {@code la_cla_on_31_march_by_characteristics.csv} (2024 release's
 * data-guidance.txt), which the reference files lack: North West, Trafford and its ten 2025-model
 * neighbours, by gender and age, year ending 31 March 2024. The figures are invented: Trafford 55%
 * male and 45% female; each neighbour {@code n} (1 to 10) 50 + n % male; Bromley's withheld (c).
 */
public final class LaCharacteristicsFile {

    public static final String HEADER = "time_period,time_identifier,geographic_level,country_code,country_name,"
            + "region_code,region_name,new_la_code,la_name,old_la_code,cla_group,characteristic,number,percentage";

    /** Trafford's 2025-model neighbours in order, with their regions. */
    private static final String[][] NEIGHBOURS = {
        {"919", "Hertfordshire", "E12000006"}, {"356", "Stockport", "E12000002"},
        {"825", "Buckinghamshire", "E12000008"}, {"931", "Oxfordshire", "E12000008"},
        {"936", "Surrey", "E12000008"}, {"305", "Bromley", "E12000007"},
        {"895", "Cheshire East", "E12000002"}, {"873", "Cambridgeshire", "E12000006"},
        {"916", "Gloucestershire", "E12000009"}, {"334", "Solihull", "E12000005"}
    };

    private LaCharacteristicsFile() {}

    public static Path write(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        shares(lines, "Regional,E92000001,England,E12000002,North West,,,", 58, 16000);
        shares(lines, "Local authority,E92000001,England,E12000002,North West,E08000009,Trafford,358", 55, 400);
        for (int n = 1; n <= NEIGHBOURS.length; n++) {
            String[] la = NEIGHBOURS[n - 1];
            String geography = "Local authority,E92000001,England," + la[2] + ",Region,," + la[1] + "," + la[0];
            if (la[0].equals("305")) {
                lines.add("2024,Reporting year," + geography + ",Gender,Male,c,c");
                lines.add("2024,Reporting year," + geography + ",Gender,Female,c,c");
            } else {
                shares(lines, geography, 50 + n, 500);
            }
        }
        Files.createDirectories(folder);
        Path file = folder.resolve("la_cla_on_31_march_by_characteristics.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** Gender (male as given, female the rest) and age (a fixed split), with totals as DfE gives them. */
    private static void shares(List<String> lines, String geography, int male, int total) {
        String prefix = "2024,Reporting year," + geography + ",";
        lines.add(prefix + "Gender,Total children," + total + ",100");
        lines.add(prefix + "Gender,Male," + total * male / 100 + "," + male);
        lines.add(prefix + "Gender,Female," + total * (100 - male) / 100 + "," + (100 - male));
        int[] ages = {5, 15, 20, 35, 25};
        String[] labels = {"Under 1 year", "1 to 4 years", "5 to 9 years", "10 to 15 years", "16 years and over"};
        lines.add(prefix + "Age group,Total children," + total + ",100");
        for (int i = 0; i < ages.length; i++) {
            lines.add(prefix + "Age group," + labels[i] + "," + total * ages[i] / 100 + "," + ages[i]);
        }
    }
}
