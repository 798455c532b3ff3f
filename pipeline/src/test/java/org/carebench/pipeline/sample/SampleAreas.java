package org.carebench.pipeline.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample's England, its nine regions and fourteen authorities (real names and codes, invented
 * figures), with the files that describe them: DfE's LA code list, the regions, and two
 * statistical-neighbour models (May 2025 as DfE's CSV, April 2021 in the layout of DfE's benchmarking tool).
 */
final class SampleAreas {

    static final Area ENGLAND =
            new Area(Area.Level.NATIONAL, Area.ENGLAND_CODE, Area.ENGLAND_CODE, "England", null, 12_100_000, 1);

    static final List<Area> REGIONS = List.of(
            region("E12000001", "North East", 530_000, 1.65),
            region("E12000002", "North West", 1_600_000, 1.3),
            region("E12000003", "Yorkshire and The Humber", 1_200_000, 1.1),
            region("E12000004", "East Midlands", 1_000_000, 0.85),
            region("E12000005", "West Midlands", 1_300_000, 1.1),
            region("E12000006", "East of England", 1_350_000, 0.7),
            region("E12000007", "London", 1_950_000, 0.72),
            region("E12000008", "South East", 1_950_000, 0.75),
            region("E12000009", "South West", 1_100_000, 0.85));

    static final List<Area> AUTHORITIES = List.of(
            la("358", "E08000009", "Trafford", "E12000002", 54_000, 0.9),
            la("919", "E10000015", "Hertfordshire", "E12000006", 262_000, 0.55),
            la("356", "E08000007", "Stockport", "E12000002", 65_000, 1.05),
            la("825", "E06000060", "Buckinghamshire", "E12000008", 122_000, 0.6),
            la("931", "E10000025", "Oxfordshire", "E12000008", 146_000, 0.7),
            la("936", "E10000030", "Surrey", "E12000008", 262_000, 0.55),
            la("305", "E09000006", "Bromley", "E12000007", 76_000, 0.65),
            la("895", "E06000049", "Cheshire East", "E12000002", 80_000, 0.85),
            la("873", "E10000003", "Cambridgeshire", "E12000006", 145_000, 0.7),
            la("916", "E10000013", "Gloucestershire", "E12000009", 128_000, 0.75),
            la("334", "E08000029", "Solihull", "E12000005", 48_000, 1.2),
            la("352", "E08000003", "Manchester", "E12000002", 130_000, 1.6),
            la("355", "E08000006", "Salford", "E12000002", 60_000, 1.5),
            la("359", "E08000010", "Wigan", "E12000002", 71_000, 1.2));

    /** Every area in the order DfE's files list them: England, then the regions, then the authorities. */
    static final List<Area> ALL = Stream.of(List.of(ENGLAND), REGIONS, AUTHORITIES)
            .flatMap(List::stream)
            .toList();

    private SampleAreas() {}

    static List<String> codeList() {
        List<String> lines = new ArrayList<>(List.of("new_la_code,la_name,date_of_operation,date_of_termination,"
                + "parent_geography_code,entity_code,entity_description,status,old_la_code"));
        for (Area la : AUTHORITIES) {
            lines.add(String.join(
                    ",",
                    la.onsCode(),
                    la.name(),
                    "01/04/2009",
                    "",
                    la.region().code(),
                    la.onsCode().substring(0, 3),
                    "Sample authorities",
                    "live",
                    la.code()));
        }
        return lines;
    }

    static List<String> regions() {
        List<String> lines = new ArrayList<>(List.of("region_code,region_name"));
        REGIONS.forEach(region -> lines.add(region.code() + "," + region.name()));
        return lines;
    }

    /** DfE's May 2025 model as its CSV: closest first, each with a closeness label. */
    static List<String> neighbours2025() {
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder("old_la_code,la_name,region_ind,region_name");
        for (int n = 1; n <= 10; n++) {
            header.append(",SN_").append(n).append(",SN_").append(n).append('P');
        }
        lines.add(header.toString());
        for (Area la : AUTHORITIES) {
            StringBuilder line = new StringBuilder(la.code() + "," + la.name() + "," + regionNumber(la) + ","
                    + la.region().name());
            List<Area> neighbours = neighbours(la, 2025);
            for (int n = 0; n < 10; n++) {
                line.append(',')
                        .append(neighbours.get(n).code())
                        .append(',')
                        .append(n < 2 ? "Extremely close" : n < 6 ? "Very close" : n < 9 ? "Close" : "Somewhat close");
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The April 2021 model in the benchmarking tool's layout: every closeness column headed SNP, a trailing comma. */
    static List<String> neighbours2021() {
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder("LA num,LA Name,LA number,GOInd,GOReg");
        for (int n = 1; n <= 10; n++) {
            header.append(",SN").append(n).append(",SNP");
        }
        lines.add(header.append(',').toString());
        for (Area la : AUTHORITIES) {
            StringBuilder line = new StringBuilder(String.join(
                    ",",
                    la.code(),
                    la.name(),
                    la.code(),
                    String.valueOf(regionNumber(la)),
                    la.region().name()));
            List<Area> neighbours = neighbours(la, 2021);
            for (int n = 0; n < 10; n++) {
                line.append(',')
                        .append(neighbours.get(n).code())
                        .append(',')
                        .append(n < 4 ? "Very Close" : n < 8 ? "Close" : "Somewhat close");
            }
            lines.add(line.append(',').toString());
        }
        return lines;
    }

    /** The ten authorities most alike in need and size, weighed differently by each model, so the two models differ. */
    private static List<Area> neighbours(Area la, int model) {
        double needWeight = model == 2025 ? 3 : 1.5;
        return AUTHORITIES.stream()
                .filter(other -> other != la)
                .sorted(Comparator.comparingDouble((Area other) -> needWeight * Math.abs(other.need() - la.need())
                                + Math.abs(Math.log((double) other.children() / la.children()))
                                + 0.3 * Invented.unit("neighbours", model, la.code(), other.code()))
                        .thenComparing(Area::code))
                .limit(10)
                .toList();
    }

    /** DfE numbers the regions alphabetically in its neighbour files (East Midlands 1 ... Yorkshire and The Humber 9). */
    private static int regionNumber(Area la) {
        return 1
                + (int) REGIONS.stream()
                        .filter(region -> region.name().compareTo(la.region().name()) < 0)
                        .count();
    }

    private static Area region(String code, String name, int children, double need) {
        return new Area(Area.Level.REGIONAL, code, code, name, null, children, need);
    }

    private static Area la(String code, String onsCode, String name, String regionCode, int children, double need) {
        Area region = REGIONS.stream()
                .filter(r -> r.code().equals(regionCode))
                .findFirst()
                .orElseThrow();
        return new Area(Area.Level.LA, code, onsCode, name, region, children, need);
    }
}
