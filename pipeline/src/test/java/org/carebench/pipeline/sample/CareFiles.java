package org.carebench.pipeline.sample;

import static org.carebench.pipeline.sample.Rows.of;

import java.util.List;

/** DfE's files of children looked after: numbers and rates, placements, moves, missing, leaving care. */
final class CareFiles {

    private static final String GEOGRAPHY = "time_period,time_identifier,geographic_level,country_code,country_name,"
            + "region_code,region_name,old_la_code,la_name,new_la_code,";

    static final Breakdown CEASED_REASONS = Breakdown.of(
            "Reason episode ceased",
            "Adopted",
            9,
            "Special guardianship orders",
            11,
            "Returned home to live with parents or other person with parental responsibility which was part of the care planning process",
            17,
            "Returned home to live with parents or other person with parental responsibility which was not part of the care planning process",
            3,
            "Moved into independent living (with supportive accommodation)",
            13,
            "Moved into independent living (with no formalised support)",
            3,
            "Aged 18 (or over) and remained with current carers",
            16,
            "Left care to live with parents, relatives or other person with no parental responsibility",
            6,
            "Residence order or child arrangement order granted",
            3,
            "Care taken by another local authority",
            6,
            "Sentenced to custody",
            1,
            "Care ceased for any other reason",
            8);

    private CareFiles() {}

    static List<EesCsv> all() {
        return List.of(
                numbersAndRates(),
                placementStability(),
                newPlacements(),
                schoolMoves(),
                socialWorkers(),
                missing(),
                shortTerm(),
                netGain(),
                ceased(),
                sgoAndAdoption());
    }

    static EesCsv numbersAndRates() {
        EesCsv file = new EesCsv(
                "cla_number_and_rate_per_10k_children.csv",
                GEOGRAPHY + "population_count,population_estimate,number,rate_per_10000",
                "number",
                null);
        Rows.eachYearAndArea((area, year) -> {
            int children = area.children(year - 1);
            for (var measure : List.of(
                    of("Children ceasing to be looked after each year", String.valueOf(Cohorts.ceased(area, year))),
                    of("Children looked after at 31 March each year", String.valueOf(Cohorts.lookedAfter(area, year))),
                    of(
                            "Children starting to be looked after each year",
                            String.valueOf(Cohorts.started(area, year))))) {
                String label = measure.keySet().iterator().next();
                int number = Integer.parseInt(measure.get(label));
                file.row(
                        area,
                        year,
                        of(
                                "population_count",
                                label,
                                "population_estimate",
                                String.valueOf(children),
                                "number",
                                String.valueOf(number),
                                "rate_per_10000",
                                String.valueOf(Cohorts.perTenThousand(number, children))));
            }
        });
        return file;
    }

    static EesCsv placementStability() {
        EesCsv file = new EesCsv(
                "la_cla_placement_stability.csv",
                GEOGRAPHY + "cla_group,placement_stability,number,percentage",
                "number",
                "percentage");
        Rows.eachYearAndArea((area, year) -> {
            stability(
                    file,
                    area,
                    year,
                    "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years",
                    "Living with the same carer for at least 2 years",
                    Cohorts.scaled(area, year, "long-term", 0.33),
                    Invented.percent(area, year, "long-term", 68, 7, 0.3));
            stability(
                    file,
                    area,
                    year,
                    "CLA 2 years on 31 March",
                    "With 3 or more placements during the previous 2 years",
                    Cohorts.scaled(area, year, "two-years", 0.55),
                    Invented.percent(area, year, "moves-2-years", 23, 5, 0.2));
            stability(
                    file,
                    area,
                    year,
                    "CLA on 31 March",
                    "With 3 or more placements during the year",
                    Cohorts.lookedAfter(area, year),
                    Invented.percent(area, year, "moves", 10, 3, -0.1));
        });
        return file;
    }

    private static void stability(
            EesCsv file, Area area, int year, String group, String label, int cohort, double percent) {
        file.row(
                area,
                year,
                EesCsv.cells(of("cla_group", group), "placement_stability", label, file.share(area, percent, cohort)));
        file.row(
                area,
                year,
                EesCsv.cells(
                        of("cla_group", group),
                        "placement_stability",
                        "Total children",
                        file.counted(area, cohort, cohort)));
    }

    static EesCsv newPlacements() {
        EesCsv file = new EesCsv(
                "la_cla_during_year_new_placements.csv",
                GEOGRAPHY + "characteristic,breakdown,children_count,children_percent",
                "children_count",
                "children_percent");
        Breakdown location = Breakdown.of(
                "Location of new placements during the year",
                "Distance not known or not recorded",
                13,
                "Placed inside LA boundary less than 20 miles from home",
                46,
                "Placed inside LA boundary more than 20 miles from home",
                5,
                "Placed outside LA boundary less than 20 miles from home",
                20,
                "Placed outside LA boundary more than 20 miles from home",
                16);
        Rows.eachYearAndArea((area, year) -> file.breakdown(
                area,
                year,
                of("characteristic", location.group()),
                "breakdown",
                location,
                "Total new placements",
                Cohorts.scaled(area, year, "new-placements", 0.95)));
        return file;
    }

    static EesCsv schoolMoves() {
        EesCsv file = new EesCsv(
                "la_cla_school_moves.csv",
                GEOGRAPHY + "cla_group,move_measure,school_stability,number,percentage",
                "number",
                "percentage");
        Rows.eachYearAndArea((area, year) -> {
            int pupils = Cohorts.scaled(area, year, "school-age", 0.63);
            var labels = of("cla_group", "CLA on 31 March", "move_measure", "Mid-year moves");
            file.row(
                    area,
                    year,
                    EesCsv.cells(
                            labels,
                            "school_stability",
                            "With one or more mid-year moves during the year",
                            file.share(area, Invented.percent(area, year, "school-moves", 8, 2.5, -0.1), pupils)));
            file.row(
                    area,
                    year,
                    EesCsv.cells(labels, "school_stability", "Total children", file.counted(area, pupils, pupils)));
        });
        return file;
    }

    static EesCsv socialWorkers() {
        EesCsv file = new EesCsv(
                "la_cla_swcount.csv", GEOGRAPHY + "cla_group,sw_stability,number,percentage", "number", "percentage");
        Rows.eachYearAndArea((area, year) -> {
            int children = Cohorts.lookedAfter(area, year);
            var labels = of("cla_group", "CLA on 31 March");
            file.row(
                    area,
                    year,
                    EesCsv.cells(labels, "sw_stability", "Total children", file.counted(area, children, children)));
            file.row(
                    area,
                    year,
                    EesCsv.cells(
                            labels,
                            "sw_stability",
                            "3 or more social workers during the year",
                            file.share(area, Invented.percent(area, year, "social-workers", 27, 7, -0.3), children)));
        });
        return file;
    }

    static EesCsv missing() {
        EesCsv file = new EesCsv(
                "la_children_who_were_missing_or_away_from_placement_without_authorisation.csv",
                GEOGRAPHY + "CLA_group,number",
                "number",
                null);
        Rows.eachYearAndArea((area, year) -> {
            int during = Cohorts.during(area, year);
            int went = (int) Math.round(during * Invented.percent(area, year, "missing", 11, 4, 0.1) / 100);
            int away = (int) Math.round(during * Invented.percent(area, year, "away", 2.3, 1.2, 0) / 100);
            double incidents = Math.max(1.5, Invented.figure(area, year, "incidents", 6.5, 1.5, 0.05));
            for (var cell : List.of(
                    of("Children looked after during the year", String.valueOf(during)),
                    of("Children who had a missing incident during the year", String.valueOf(went)),
                    of(
                            "Percentage of children who had a missing incident during the year",
                            String.valueOf(Math.round(100.0 * went / during))),
                    of("Number of missing incidents during the year", String.valueOf(Math.round(went * incidents))),
                    of(
                            "Average number of missing incidents per looked after child who went missing",
                            Rows.oneDecimal(incidents)),
                    of(
                            "Children who were away from placement without authorisation during the year",
                            String.valueOf(away)),
                    of(
                            "Percentage of children who were away from placement without authorisation during the year",
                            String.valueOf(Math.round(100.0 * away / during))))) {
                String label = cell.keySet().iterator().next();
                file.row(area, year, of("CLA_group", label, "number", cell.get(label)));
            }
        });
        return file;
    }

    static EesCsv shortTerm() {
        EesCsv file = new EesCsv(
                "la_children_looked_after_exclusively_under_a_series_of_short_term_placements.csv",
                GEOGRAPHY + "cla_group,number",
                "number",
                null);
        Rows.eachYearAndArea((area, year) -> file.row(
                area,
                year,
                of(
                        "cla_group",
                        "Children who were only looked after exclusively under a series of short term placements",
                        "number",
                        String.valueOf(Cohorts.scaled(area, year, "short-term", 0.012)))));
        return file;
    }

    static EesCsv netGain() {
        EesCsv file = new EesCsv(
                "la_cla_on_31_march_la_of_placement_netgain.csv", GEOGRAPHY + "characteristic,number", "number", null);
        Rows.eachYearAndArea((area, year) -> {
            int children = Cohorts.lookedAfter(area, year);
            int outside =
                    (int) Math.round(children * Invented.percent(area, year, "placed-outside", 42, 12, 0.4) / 100);
            int inside = (int) Math.round(children * Invented.percent(area, year, "placed-inside", 42, 15, 0.2) / 100);
            file.row(
                    area,
                    year,
                    of(
                            "characteristic",
                            "1. Children who are the responsibility of other LAs placed within this LA boundary",
                            "number",
                            String.valueOf(inside)));
            file.row(
                    area,
                    year,
                    of(
                            "characteristic",
                            "2. Children who are the responsibility of this LA placed outside the LA boundary",
                            "number",
                            String.valueOf(outside)));
            file.row(
                    area,
                    year,
                    of(
                            "characteristic",
                            "Net gain of children by responsible LA",
                            "number",
                            String.valueOf(inside - outside)));
        });
        return file;
    }

    /** Why children stopped being looked after; the adoption and SGO file breaks down the same counts. */
    static List<Integer> ceasedReasons(Area area, int year) {
        return CEASED_REASONS.split(Cohorts.ceased(area, year), area, year);
    }

    static EesCsv ceased() {
        EesCsv file = new EesCsv(
                        "la_children_who_ceased_during_the_year.csv",
                        GEOGRAPHY + "cla_group,characteristic,number,percentage",
                        "number",
                        "percentage")
                .withholdingSmallCounts();
        Breakdown age = Breakdown.of(
                "Age on ceasing",
                "Under 1 year",
                5,
                "1 to 4 years",
                19,
                "5 to 9 years",
                11,
                "10 to 15 years",
                14,
                "16 years",
                6,
                "17 years",
                6,
                "18 years and over",
                39);
        Breakdown gender = Breakdown.of("Gender", "Male", 61, "Female", 39);
        Rows.eachYearAndArea((area, year) -> {
            int ceased = Cohorts.ceased(area, year);
            file.breakdown(area, year, of("cla_group", age.group()), "characteristic", age, "Total", ceased);
            file.breakdown(area, year, of("cla_group", gender.group()), "characteristic", gender, "Total", ceased);
            file.breakdown(
                    area,
                    year,
                    of("cla_group", CEASED_REASONS.group()),
                    "characteristic",
                    CEASED_REASONS.categories(),
                    ceasedReasons(area, year),
                    "Total");
        });
        return file;
    }

    static EesCsv sgoAndAdoption() {
        EesCsv file = new EesCsv(
                "la_children_who_ceased_during_the_year_sgo_adoption.csv",
                GEOGRAPHY + "cla_group,characteristic,number,percentage",
                "number",
                "percentage");
        Breakdown adopted =
                Breakdown.of("Adopted", "Adopted - application unopposed", 61, "Adopted - consent dispensed with", 39);
        Breakdown sgo = Breakdown.of(
                "Special guardianship orders",
                "Special guardianship order made to former foster carer, who was/are a relative or friend",
                50,
                "Special guardianship order made to former foster carer, other than relative or friend",
                22,
                "Special guardianship order made to carer, other than former foster carer, who was/are a relative or friend",
                26,
                "Special guardianship order made to carer, other than former foster carer, other than relative or friend",
                2);
        Rows.eachYearAndArea((area, year) -> {
            List<Integer> reasons = ceasedReasons(area, year);
            for (int i = 0; i < 2; i++) {
                Breakdown breakdown = i == 0 ? adopted : sgo;
                file.breakdown(
                        area,
                        year,
                        of("cla_group", breakdown.group()),
                        "characteristic",
                        breakdown.categories(),
                        breakdown.split(reasons.get(i), area, year),
                        "Total");
            }
        });
        return file;
    }
}
