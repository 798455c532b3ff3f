package org.carebench.pipeline.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file in the layout of DfE's {@code la_cla_on_31_march_by_characteristics.csv}, as the 2024
 * release's data-guidance.txt describes it (EES geography, then cla_group, characteristic, number,
 * percentage), with England, North West and two authorities. DfE's own file is not among the
 * reference files; its figures here are invented.
 */
final class LaCharacteristicsFile {

    static final String HEADER = "time_period,time_identifier,geographic_level,country_code,country_name,"
            + "region_code,region_name,new_la_code,la_name,old_la_code,cla_group,characteristic,number,percentage";

    private LaCharacteristicsFile() {}

    static Path write(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        area(lines, "National,E92000001,England,,,,,", new String[] {"84000", "100", "47000", "56", "37000", "44"});
        area(lines, "Regional,E92000001,England,E12000002,North West,,,", new String[] {
            "16000", "100", "9100", "57", "6900", "43"
        });
        area(lines, "Local authority,E92000001,England,E12000002,North West,E08000009,Trafford,358", new String[] {
            "390", "100", "215", "55", "175", "45"
        });
        area(lines, "Local authority,E92000001,England,E12000002,North West,E08000003,Manchester,352", new String[] {
            "1300", "100", "c", "c", "x", "x"
        });
        lines.add("2024,Reporting year,Local authority,E92000001,England,E12000002,North West,E08000009,Trafford,358,"
                + "Ethnicity,\"4. Total Black, African, Caribbean or Black British\",31,8");
        Path file = folder.resolve("la_cla_on_31_march_by_characteristics.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** Gender on 31 March 2024: the total, then male and female as number and percentage. */
    private static void area(List<String> lines, String geography, String[] figures) {
        String prefix = "2024,Reporting year," + geography + ",Gender,";
        lines.add(prefix + "Total children," + figures[0] + "," + figures[1]);
        lines.add(prefix + "Male," + figures[2] + "," + figures[3]);
        lines.add(prefix + "Female," + figures[4] + "," + figures[5]);
    }
}
