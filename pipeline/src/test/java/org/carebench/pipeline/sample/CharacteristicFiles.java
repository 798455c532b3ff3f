package org.carebench.pipeline.sample;

import static org.carebench.pipeline.sample.Rows.of;

import java.util.List;

/**
 * Who the children are: children looked after on 31 March by age, gender, ethnicity, category of
 * need, legal status, placement and UASC, for every area (the layout of DfE's
 * la_cla_on_31_march_by_characteristics.csv, as its data guidance describes it) and for England
 * (DfE's national files: on 31 March, starting, by number of placements); England's time series and
 * adoption timings.
 */
final class CharacteristicFiles {

    private static final String TOTAL = "Total children";

    static final Breakdown AGE = Breakdown.of(
            "Age group",
            "Under 1 year",
            5,
            "1 to 4 years",
            13,
            "5 to 9 years",
            17,
            "10 to 15 years",
            38,
            "16 years and over",
            27);
    static final Breakdown GENDER = Breakdown.of("Gender", "Male", 56, "Female", 44);
    static final Breakdown ETHNICITY = Breakdown.of(
            "Ethnicity",
            "1. Total White",
            72,
            "2. Total Mixed or Multiple ethnic groups",
            10,
            "3. Total Asian or Asian British",
            4.5,
            "4. Total Black, African, Caribbean or Black British",
            7,
            "5. Total other ethnic group",
            4.5,
            "6. Total refused or information not yet available",
            1);
    static final Breakdown NEED = Breakdown.of(
            "Category of need",
            "N1. Abuse or neglect",
            65,
            "N2. Child's disability",
            3,
            "N3. Parental illness or disability",
            3,
            "N4. Family in acute stress",
            7,
            "N5. Family dysfunction",
            13,
            "N6. Socially unacceptable behaviour",
            1,
            "N7. Low income",
            0.3,
            "N8. Absent parenting",
            8);
    static final Breakdown LEGAL_STATUS = Breakdown.of(
            "Legal status",
            "Care orders",
            80,
            "Placement order granted",
            5,
            "Voluntary agreements under S20 CA 1989",
            14,
            "Detained for child protection",
            0.3,
            "Youth justice legal statuses",
            0.7);
    static final Breakdown PLACEMENT = Breakdown.of(
            "Placement",
            "1. Total foster placements",
            68,
            "2. Total placed for adoption",
            2,
            "3. Total placed with parents or other person with parental responsibility",
            7,
            "4. Total secure homes and children's homes",
            11,
            "5. Total independent and semi-independent living arrangements/ supported accommodation",
            9,
            "6. Total other residential settings",
            1.5,
            "7. Total residential schools",
            0.3,
            "8. Total other placements",
            0.2);
    static final Breakdown UASC = Breakdown.of(
            "Unaccompanied asylum-seeking children",
            "Unaccompanied asylum-seeking children",
            9,
            "Non-unaccompanied asylum-seeking children",
            91);
    static final List<Breakdown> ON_31_MARCH = List.of(AGE, GENDER, ETHNICITY, NEED, LEGAL_STATUS, PLACEMENT, UASC);

    private CharacteristicFiles() {}

    static List<EesCsv> all() {
        return List.of(authorities(), england(), started(), placementCounts(), timeSeries(), adoptionTimings());
    }

    static EesCsv authorities() {
        EesCsv file = new EesCsv(
                        "la_cla_on_31_march_by_characteristics.csv",
                        "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
                                + "new_la_code,old_la_code,la_name,cla_group,characteristic,number,percentage",
                        "number",
                        "percentage")
                .withholdingSmallCounts();
        Rows.eachYearAndArea((area, year) -> onThirtyFirstMarch(file, area, year, ON_31_MARCH));
        return file;
    }

    static EesCsv england() {
        EesCsv file = new EesCsv(
                "national_cla_on_31_march_by_characteristics.csv",
                "time_period,time_identifier,"
                        + "geographic_level,country_code,country_name,cla_group,characteristic,number,percentage",
                "number",
                "percentage");
        eachYear(year -> onThirtyFirstMarch(file, SampleAreas.ENGLAND, year, ON_31_MARCH.subList(0, 6)));
        return file;
    }

    /** The same split for an area and year in every file, so England's national file and the LA file agree. */
    private static void onThirtyFirstMarch(EesCsv file, Area area, int year, List<Breakdown> breakdowns) {
        int children = Cohorts.lookedAfter(area, year);
        for (Breakdown breakdown : breakdowns) {
            file.breakdown(
                    area,
                    year,
                    of("cla_group", breakdown.group()),
                    "characteristic",
                    breakdown.categories(),
                    breakdown.split(children, area, year),
                    TOTAL);
        }
    }

    static int uasc(Area area, int year) {
        return UASC.split(Cohorts.lookedAfter(area, year), area, year).get(0);
    }

    static EesCsv started() {
        EesCsv file = new EesCsv(
                "national_cla_started_to_be_looked_after.csv",
                "time_period,time_identifier,"
                        + "geographic_level,country_code,country_name,cla_group,characteristic,number,percentage",
                "number",
                "percentage");
        List<Breakdown> breakdowns = List.of(
                Breakdown.of(
                        "Age on starting",
                        "Under 1 year",
                        16,
                        "1 to 4 years",
                        15,
                        "5 to 9 years",
                        15,
                        "10 to 15 years",
                        26,
                        "16 years and over",
                        28),
                GENDER,
                ETHNICITY,
                NEED,
                Breakdown.of(
                        "Legal status",
                        "Care order",
                        31,
                        "Detained for child protection",
                        10,
                        "Placement order granted",
                        0.1,
                        "Voluntary agreements under S20 CA 1989",
                        57,
                        "Youth justice legal statuses",
                        2));
        eachYear(year -> {
            int children = Cohorts.started(SampleAreas.ENGLAND, year);
            for (Breakdown breakdown : breakdowns) {
                file.breakdown(
                        SampleAreas.ENGLAND,
                        year,
                        of("cla_group", breakdown.group()),
                        "characteristic",
                        breakdown,
                        TOTAL,
                        children);
            }
        });
        return file;
    }

    static EesCsv placementCounts() {
        EesCsv file = new EesCsv(
                "national_cla_pl_count_by_characteristics.csv",
                "time_period,time_identifier,geographic_level,"
                        + "country_code,country_name,cla_group,population_group,characteristic,placement_stability,number,percentage",
                "number",
                "percentage");
        Breakdown placements = Breakdown.of(
                "placements",
                "With 1 placement during the year",
                72,
                "With 2 placements during the year",
                19,
                "With 3 or more placements during the year",
                9);
        Area england = SampleAreas.ENGLAND;
        eachYear(year -> {
            int children = Cohorts.scaled(england, year, "twelve-months", 0.7);
            for (Breakdown group : List.of(AGE, GENDER)) {
                List<Integer> sizes = group.split(children, england, year);
                for (int i = 0; i <= sizes.size(); i++) {
                    String characteristic =
                            i < sizes.size() ? group.categories().get(i) : TOTAL;
                    file.breakdown(
                            england,
                            year,
                            of(
                                    "cla_group",
                                    "CLA 12 months on 31 March",
                                    "population_group",
                                    group.group(),
                                    "characteristic",
                                    characteristic),
                            "placement_stability",
                            placements,
                            TOTAL,
                            i < sizes.size() ? sizes.get(i) : children);
                }
            }
        });
        return file;
    }

    static EesCsv timeSeries() {
        EesCsv file = new EesCsv(
                "cla_time_series_" + Cohorts.FIRST_YEAR + "_" + Cohorts.LAST_YEAR + ".csv",
                "time_period,time_identifier,geographic_level,country_code,country_name,population_count,number",
                "number",
                null);
        Area england = SampleAreas.ENGLAND;
        eachYear(year -> {
            file.row(
                    england,
                    year,
                    of(
                            "population_count",
                            "Children ceasing to be looked after during the year",
                            "number",
                            String.valueOf(Cohorts.ceased(england, year))));
            file.row(
                    england,
                    year,
                    of(
                            "population_count",
                            "Children looked after at 31 March",
                            "number",
                            String.valueOf(Cohorts.lookedAfter(england, year))));
            file.row(
                    england,
                    year,
                    of(
                            "population_count",
                            "Children looked after at 31 March who were unaccompanied asylum-seeking children",
                            "number",
                            String.valueOf(uasc(england, year))));
            file.row(
                    england,
                    year,
                    of(
                            "population_count",
                            "Children looked after who were adopted during the year",
                            "number",
                            String.valueOf(
                                    CareFiles.ceasedReasons(england, year).get(0))));
            file.row(
                    england,
                    year,
                    of(
                            "population_count",
                            "Children starting to be looked after during the year",
                            "number",
                            String.valueOf(Cohorts.started(england, year))));
        });
        return file;
    }

    /** England's average months between the stages of adoption, written as DfE writes them: years and months, "02:05". */
    static EesCsv adoptionTimings() {
        EesCsv file = new EesCsv(
                "national_cla_adopted_average_time_between_adoption_process_stages.csv",
                "time_period,time_identifier,geographic_level,country_code,country_name,cla_group,stage_of_adoption_process,"
                        + "age_start_poc,number",
                "number",
                null);
        Area england = SampleAreas.ENGLAND;
        eachYear(year -> {
            long decision = Math.round(
                    Invented.figure(england, year, "to-decision", 9.5, 0, -0.2) + Invented.unit("decision", year));
            long matching = Math.round(
                    Invented.figure(england, year, "to-matching", 10, 0, 0.3) + Invented.unit("matching", year));
            long placing = 1;
            long adopting = Math.round(9 + Invented.unit("adopting", year));
            long[] months = {
                decision,
                matching,
                placing,
                decision + matching + placing,
                adopting,
                decision + matching + placing + adopting
            };
            String[] stages = {
                "1. Average time between entry into care and decision that child should be placed for adoption",
                "2. Average time between decision that child should be placed for adoption and matching of child and adopters",
                "3. Average time between date of matching and date placed for adoption",
                "4. Total average time between entry into care and date placed for adoption",
                "5. Average time between date placed for adoption and the date child adopted",
                "6. Total average time between entry into care and adoption"
            };
            for (int i = 0; i < stages.length; i++) {
                file.row(
                        england,
                        year,
                        of(
                                "cla_group",
                                "Age on starting final period of care",
                                "stage_of_adoption_process",
                                stages[i],
                                "age_start_poc",
                                "Total",
                                "number",
                                String.format(java.util.Locale.ROOT, "%02d:%02d", months[i] / 12, months[i] % 12)));
            }
        });
        return file;
    }

    private static void eachYear(java.util.function.IntConsumer year) {
        for (int y = Cohorts.LAST_YEAR; y >= Cohorts.FIRST_YEAR; y--) {
            year.accept(y);
        }
    }
}
