package org.carebench.pipeline.sample;

import static org.carebench.pipeline.sample.Rows.of;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** DfE's files of how children in care fare: health, care leavers' activity, accommodation and contact, school results. */
final class OutcomeFiles {

    private static final String GEOGRAPHY = "time_period,time_identifier,geographic_level,country_code,country_name,"
            + "region_code,region_name,old_la_code,la_name,new_la_code,";
    private static final String TWELVE_MONTHS = "CLA 12 months on 31 March";

    private OutcomeFiles() {}

    static List<EesCsv> all() {
        return List.of(health(), activity(), accommodation(), inTouch(), keyStage2(), keyStage4(), population());
    }

    static EesCsv health() {
        EesCsv file = new EesCsv(
                        "la_conviction_health_outcome_cla.csv",
                        GEOGRAPHY + "characteristic,breakdown,children_count,children_percent",
                        "children_count",
                        "children_percent")
                .withholdingSmallCounts();
        Rows.eachYearAndArea((area, year) -> {
            int cohort = Cohorts.scaled(area, year, "twelve-months", 0.7);
            // dental checks fell away in the pandemic's first full year, as they did in England
            double dental = Invented.percent(area, year, "dental", 81, 8, 0.3) - (year == 2021 ? 38 : 0);
            outcome(
                    file,
                    area,
                    year,
                    "Health assessments: Children looked after all ages",
                    "Total all ages",
                    cohort,
                    Rows.of(
                            "Had their annual health assessment",
                                    Rows.oneDecimal(Invented.percent(area, year, "health", 90, 5, 0.2)),
                            "Had their immunisations up to date",
                                    Rows.oneDecimal(Invented.percent(area, year, "immunisations", 84, 6, -0.3)),
                            "Had their teeth checked by a dentist", Rows.oneDecimal(dental)));
            outcome(
                    file,
                    area,
                    year,
                    "Development assessments: Children looked after ages 0 to 4 years",
                    "Total ages 0 to 4 years",
                    Cohorts.scaled(area, year, "under-five", 0.08),
                    Rows.of(
                            "Development assessments up to date",
                            Rows.oneDecimal(Invented.percent(area, year, "development", 88, 6, 0.1))));
            outcome(
                    file,
                    area,
                    year,
                    "Convictions: Children looked after Ages 10 to 17 years",
                    "Total ages 10 to 17 years",
                    Cohorts.scaled(area, year, "ten-to-seventeen", 0.48),
                    Rows.of(
                            "Convicted or subject to youth cautions, or youth conditional cautions during the year",
                            Rows.oneDecimal(Invented.percent(area, year, "convictions", 2.6, 1.4, -0.1))));
            outcome(
                    file,
                    area,
                    year,
                    "Substance misuse: Children looked after all ages",
                    "Total all ages",
                    cohort,
                    Rows.of(
                            "Identified as having a substance misuse problem",
                            Rows.oneDecimal(Invented.percent(area, year, "substance", 3, 1.5, -0.05))));
            strengthsAndDifficulties(file, area, year);
        });
        return file;
    }

    private static void outcome(
            EesCsv file,
            Area area,
            int year,
            String characteristic,
            String totalLabel,
            int cohort,
            Map<String, String> percents) {
        var labels = of("characteristic", characteristic);
        percents.forEach((label, percent) -> file.row(
                area,
                year,
                EesCsv.cells(labels, "breakdown", label, file.share(area, Double.parseDouble(percent), cohort))));
        file.row(area, year, EesCsv.cells(labels, "breakdown", totalLabel, file.counted(area, cohort, cohort)));
    }

    /** The SDQ: who had a score, how their scores fall, and the average score DfE gives in the count column. */
    private static void strengthsAndDifficulties(EesCsv file, Area area, int year) {
        var labels = of("characteristic", "Ages 5 to 16 years with SDQ score");
        int children = Cohorts.scaled(area, year, "five-to-sixteen", 0.5);
        int scored = (int) Math.round(children * Invented.percent(area, year, "sdq-received", 78, 8, 0.2) / 100);
        double concern = Invented.percent(area, year, "sdq-concern", 40, 6, 0.3);
        List<Integer> bands =
                Invented.split(scored, List.of(100 - concern - 13, 13.0, concern), area, year, "sdq-bands");
        file.row(
                area,
                year,
                EesCsv.cells(labels, "breakdown", "SDQ score is normal", file.counted(area, bands.get(0), scored)));
        file.row(
                area,
                year,
                EesCsv.cells(labels, "breakdown", "SDQ score is borderline", file.counted(area, bands.get(1), scored)));
        file.row(
                area,
                year,
                EesCsv.cells(
                        labels,
                        "breakdown",
                        "SDQ score is a cause for concern",
                        file.counted(area, bands.get(2), scored)));
        file.row(
                area,
                year,
                EesCsv.cells(labels, "breakdown", "SDQ score was received", file.counted(area, scored, children)));
        file.row(
                area,
                year,
                EesCsv.cells(labels, "breakdown", "Total ages 5 to 16 years", file.counted(area, children, children)));
        file.row(
                area,
                year,
                EesCsv.cells(
                        labels,
                        "breakdown",
                        "SDQ average score",
                        of(
                                "children_count",
                                Rows.oneDecimal(Invented.figure(area, year, "sdq-average", 14.2 + concern / 20, 1, 0)),
                                "children_percent",
                                "z")));
    }

    static EesCsv activity() {
        EesCsv file = new EesCsv(
                        "la_care_leavers_activity.csv",
                        GEOGRAPHY + "care_leaver_age,breakdown,care_leaver_count,care_leaver_percent",
                        "care_leaver_count",
                        "care_leaver_percent")
                .withholdingSmallCounts();
        List<String> activities = List.of(
                "Higher education i.e. studies beyond A level",
                "Education other than higher education",
                "In an apprenticeship",
                "In training or employment (excl. apprenticeship)",
                "Not in education, training or employment, owing to illness or disability",
                "Not in education, training or employment, owing to other reasons",
                "Not in education, training or employment, owing to pregnancy or parenting",
                "Total information not known");
        Rows.eachYearAndArea((area, year) -> {
            for (String age : List.of("17 to 18 years", "19 to 21 years")) {
                boolean older = age.startsWith("19");
                int leavers = Cohorts.scaled(area, year, "leavers " + age, older ? 0.45 : 0.19);
                List<Double> weights = older
                        ? List.of(6.0, 21.0, 2.0, 25.0, 9.0, 27.0, 4.0, 6.0)
                        : List.of(3.0, 48.0, 2.0, 11.0, 3.0, 25.0, 2.0, 6.0);
                List<Integer> parts = Invented.split(leavers, weights, area, year, "activity " + age);
                var labels = of("care_leaver_age", age);
                for (int i = 0; i < activities.size(); i++) {
                    file.row(
                            area,
                            year,
                            EesCsv.cells(
                                    labels, "breakdown", activities.get(i), file.counted(area, parts.get(i), leavers)));
                }
                int working = parts.get(0) + parts.get(1) + parts.get(2) + parts.get(3);
                file.row(
                        area,
                        year,
                        EesCsv.cells(
                                labels,
                                "breakdown",
                                "Total in education, employment or training",
                                file.counted(area, working, leavers)));
                file.row(
                        area,
                        year,
                        EesCsv.cells(
                                labels,
                                "breakdown",
                                "Total not in education, employment or training",
                                file.counted(area, parts.get(4) + parts.get(5) + parts.get(6), leavers)));
                file.row(area, year, EesCsv.cells(labels, "breakdown", "Total", file.counted(area, leavers, leavers)));
            }
        });
        return file;
    }

    static EesCsv accommodation() {
        EesCsv file = new EesCsv(
                "la_care_leavers_accommodation_suitability.csv",
                GEOGRAPHY + "care_leaver_age,breakdown,care_leaver_count,care_leaver_percent",
                "care_leaver_count",
                "care_leaver_percent");
        Rows.eachYearAndArea((area, year) -> {
            for (String age : List.of("17 to 18 years", "19 to 21 years")) {
                boolean older = age.startsWith("19");
                Breakdown suitability = Breakdown.of(
                        "accommodation " + age,
                        "Accommodation considered suitable",
                        older ? 89 : 91,
                        "Accommodation considered unsuitable",
                        older ? 5 : 3,
                        "No information",
                        6);
                file.breakdown(
                        area,
                        year,
                        of("care_leaver_age", age),
                        "breakdown",
                        suitability.categories(),
                        suitability.split(
                                Cohorts.scaled(area, year, "leavers " + age, older ? 0.45 : 0.19), area, year),
                        "Suitability total");
            }
        });
        return file;
    }

    static EesCsv inTouch() {
        EesCsv file = new EesCsv(
                "la_care_leavers_intouch.csv", GEOGRAPHY + "age,in_touch,number,percentage", "number", "percentage");
        Rows.eachYearAndArea((area, year) -> {
            for (String age : List.of("Aged 17 to 18", "Aged 19 to 21")) {
                boolean older = age.endsWith("21");
                Breakdown contact = Breakdown.of(
                        "in touch " + age,
                        "Local authority in touch with care leaver",
                        older ? 92 : 94,
                        "Local authority not in touch with care leaver",
                        older ? 5 : 4,
                        "Young person no longer requires services",
                        older ? 2.5 : 1.6,
                        "Young person refuses contact",
                        older ? 0.8 : 0.4);
                file.breakdown(
                        area,
                        year,
                        of("age", age),
                        "in_touch",
                        contact.categories(),
                        contact.split(Cohorts.scaled(area, year, "leavers " + age, older ? 0.45 : 0.19), area, year),
                        "Total");
            }
        });
        return file;
    }

    /** KS2 results by academic year (2024/25 is 202425); none in 2019/20 and 2020/21, when pupils sat no tests. */
    static EesCsv keyStage2() {
        EesCsv file = new EesCsv(
                "ks2_la.csv",
                GEOGRAPHY + "social_care_group,version,"
                        + "t_read_eligible_pupils,t_read_met_expected_standard,pt_read_met_expected_standard,"
                        + "t_mat_eligible_pupils,t_mat_met_expected_standard,pt_mat_met_expected_standard,"
                        + "t_rwm_eligible_pupils,t_rwm_met_expected_standard,pt_rwm_met_expected_standard",
                null,
                null);
        Rows.eachYearAndArea((area, year) -> {
            for (String group : List.of("CINO at 31 March", TWELVE_MONTHS)) {
                boolean inCare = group.equals(TWELVE_MONTHS);
                int pupils = Cohorts.scaled(area, year, "ks2 " + group, inCare ? 0.05 : 0.16);
                var cells = of("social_care_group", group, "version", year == Cohorts.LAST_YEAR ? "Revised" : "Final");
                for (var subject : List.of(of("read", "55"), of("mat", "51"), of("rwm", "37"))) {
                    String name = subject.keySet().iterator().next();
                    double percent = Invented.percent(
                            area,
                            year,
                            "ks2 " + name + group,
                            Double.parseDouble(subject.get(name)) - (inCare ? 0 : 6),
                            8,
                            0.4);
                    long met = Math.round(pupils * percent / 100);
                    boolean tested = year != 2020 && year != 2021;
                    cells.put("t_" + name + "_eligible_pupils", tested ? String.valueOf(pupils) : "x");
                    cells.put("t_" + name + "_met_expected_standard", tested ? String.valueOf(met) : "x");
                    cells.put(
                            "pt_" + name + "_met_expected_standard",
                            tested ? String.valueOf(Math.round(100.0 * met / pupils)) : "x");
                }
                file.row(area, academicYear(year), "Academic year", cells);
            }
        });
        return file;
    }

    /** KS4 results; Progress 8 is not published for 2019/20 to 2021/22 or from 2024/25 (no KS2 baseline). */
    static EesCsv keyStage4() {
        EesCsv file = new EesCsv(
                "ks4_la.csv",
                GEOGRAPHY + "social_care_group,version,t_pupils,t_att8,avg_att8,"
                        + "t_l2basics_94,pt_l2basics_94,t_inp8calc,t_p8score,avg_p8score",
                null,
                null);
        Rows.eachYearAndArea((area, year) -> {
            for (String group : List.of("CINO at 31 March", TWELVE_MONTHS)) {
                boolean inCare = group.equals(TWELVE_MONTHS);
                int pupils = Cohorts.scaled(area, year, "ks4 " + group, inCare ? 0.07 : 0.2);
                double attainment = Invented.figure(area, year, "att8 " + group, inCare ? 19.5 : 17.5, 3, 0.15);
                double progress = Invented.figure(area, year, "p8 " + group, inCare ? -1.2 : -1.4, 0.3, 0.01);
                long basics = Math.round(
                        pupils * Invented.percent(area, year, "basics " + group, inCare ? 13 : 11, 5, 0.3) / 100);
                boolean progressPublished = year <= 2019 || year == 2023 || year == 2024;
                file.row(
                        area,
                        academicYear(year),
                        "Academic year",
                        of(
                                "social_care_group",
                                group,
                                "version",
                                year == Cohorts.LAST_YEAR ? "Revised" : "Final",
                                "t_pupils",
                                String.valueOf(pupils),
                                "t_att8",
                                Rows.oneDecimal(attainment * pupils),
                                "avg_att8",
                                Rows.oneDecimal(attainment),
                                "t_l2basics_94",
                                String.valueOf(basics),
                                "pt_l2basics_94",
                                Rows.oneDecimal(100.0 * basics / pupils),
                                "t_inp8calc",
                                progressPublished ? String.valueOf(pupils - 2) : "z",
                                "t_p8score",
                                progressPublished ? String.format(Locale.ROOT, "%.2f", progress * (pupils - 2)) : "z",
                                "avg_p8score",
                                progressPublished ? String.format(Locale.ROOT, "%.2f", progress) : "z"));
            }
        });
        return file;
    }

    /**
     * ONS mid-year estimates of children aged 0 to 17, in EES layout, mid-2015 to mid-2025: the rate for
     * the year to March T uses mid-(T-1), and the latest estimate is there for the page's context.
     */
    static EesCsv population() {
        EesCsv file = new EesCsv(
                "ons_mid-year_population_estimates_" + (Cohorts.FIRST_YEAR - 1) + "_to_" + Cohorts.LAST_YEAR + ".csv",
                "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
                        + "old_la_code,new_la_code,la_name,age_group,population_estimate",
                null,
                null);
        for (int midYear = Cohorts.LAST_YEAR; midYear >= Cohorts.FIRST_YEAR - 1; midYear--) {
            for (Area area : SampleAreas.ALL) {
                file.row(
                        area,
                        midYear,
                        of(
                                "age_group",
                                "Children aged 0 to 17 years",
                                "population_estimate",
                                String.valueOf(area.children(midYear))));
            }
        }
        return file;
    }

    private static String academicYear(int year) {
        return (year - 1) + String.format(Locale.ROOT, "%02d", year % 100);
    }
}
