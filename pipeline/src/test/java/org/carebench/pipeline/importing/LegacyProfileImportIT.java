package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.query;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who the children were, 2012 to 2017: the underlying-data CSVs give a count per category in its own
 * column, and each becomes that category's share of the children looked after on 31 March, stored
 * under the breakdown label the profile's vocabulary knows. Shares the whole reference set's import.
 */
class LegacyProfileImportIT extends ImportedWarehouseTest {

    /** As the profile reads them: a category of several labels is their sum, a symbol when none has a value. */
    private static final String SHARES = "SELECT c.dimension, c.label, sum(o.value),"
            + " CASE WHEN count(o.value) = 0 THEN min(o.status) END"
            + " FROM breakdown_category c JOIN mart_observation o"
            + " ON o.indicator_id = c.indicator_id AND o.breakdown = c.breakdown"
            + " WHERE c.population = ? AND c.dimension = ? AND o.area_code = ? AND o.period = ?"
            + " AND o.source = 'national' GROUP BY c.dimension, c.category_position, c.label"
            + " ORDER BY c.category_position";

    @Override
    List<String> inputs() {
        return WHOLE_REFERENCE_SET;
    }

    @Test
    void traffordsAgeSharesIn2013AreItsCountsOverTheChildrenLookedAfter() throws Exception {
        // SFR36_CLA2013.csv, Trafford (358): CLA_Mar2013 290; CLA_U1 11, CLA_1to4 48, CLA_5to9 73,
        // CLA_10to15 103, CLA_16over 55: 11/290 = 3.8%, 48/290 = 16.6%, 73/290 = 25.2%,
        // 103/290 = 35.5%, 55/290 = 19.0%, whole numbers as DfE gives LA percentages
        assertThat(query(warehouse, SHARES, "on-31-march", "age", "358", 2013))
                .containsExactly(
                        "age|Under 1|4.0|null",
                        "age|1 to 4|17.0|null",
                        "age|5 to 9|25.0|null",
                        "age|10 to 15|36.0|null",
                        "age|16 and over|19.0|null");
    }

    @Test
    void interimAndFullCareOrdersCountedApartMakeTheCareOrderShareAndSymbolsStay() throws Exception {
        // SFR50_CLA2017.csv, Trafford: CLA_Mar2017 385; CLA_ICO 56 + CLA_FCO 252 = 308 (80.0%);
        // CLA_PlaceO x; CLA_S20 67 (17.4%); CLA_CPG x; CLA_YJLS x
        assertThat(query(warehouse, SHARES, "on-31-march", "legal-status", "358", 2017))
                .containsExactly(
                        "legal-status|Care order|80.0|null",
                        "legal-status|Placement order|null|x",
                        "legal-status|Voluntary agreement (section 20)|17.0|null",
                        "legal-status|Detained for child protection|null|x",
                        "legal-status|Youth justice|null|x");
    }

    @Test
    void childrenNotSeekingAsylumAreTheRestOfThoseLookedAfterAndAWithheldCountWithholdsBoth() throws Exception {
        // England 2017: CLA_UASC 4560 of 72670 (6%), the rest 68110 (94%); Trafford 2013: CLA_UASC x
        assertThat(query(warehouse, SHARES, "on-31-march", "uasc", "E92000001", 2017))
                .containsExactly(
                        "uasc|Unaccompanied asylum-seeking|6.0|null",
                        "uasc|Not unaccompanied asylum-seeking|94.0|null");
        assertThat(query(warehouse, SHARES, "on-31-march", "uasc", "358", 2013))
                .containsExactly(
                        "uasc|Unaccompanied asylum-seeking|null|x", "uasc|Not unaccompanied asylum-seeking|null|x");
    }

    @Test
    void reasonsCareEndedAreSharesOfThoseWhoCeasedAndAReturnHomeNotSplitByPlanningHasItsOwnCategory() throws Exception {
        // SFR41_CEA2016.csv, Trafford: CLA_cease 103; returned home as planned 21 (20.4%), not as planned
        // 8 (7.8%); adopted 6 + x; relatives 13 (12.6%); independent living with support 26 (25.2%);
        // custody 0; other reason 6 with remand ended 0, taken by another LA 0, died 0, age assessed x,
        // moved abroad x (the suppressed parts left out of the category, as on the Profile page)
        assertThat(query(warehouse, SHARES, "ceased", "reason", "358", 2016))
                .containsExactly(
                        "reason|Returned home (planned)|20.0|null",
                        "reason|Returned home (not planned)|8.0|null",
                        "reason|Adopted|null|x",
                        "reason|Special guardianship order|null|x",
                        "reason|Went to live with relatives or others|13.0|null",
                        "reason|Residence or child arrangement order|null|x",
                        "reason|Independent living (supported)|25.0|null",
                        "reason|Independent living (no formal support)|null|x",
                        "reason|Adult social care|null|x",
                        "reason|Sentenced to custody|0.0|null",
                        "reason|Other reason|6.0|null");
        // SFR36_CEA2013.csv, Trafford: CLA_cease 112, CLA_ceaPar 47 (42.0%), not split by planning
        assertThat(query(warehouse, SHARES, "ceased", "reason", "358", 2013))
                .contains("reason|Returned home (planning not recorded)|42.0|null")
                .noneMatch(row -> row.startsWith("reason|Returned home (planned)"));
    }

    @Test
    void everyUnderlyingDataYearGivesAuthoritiesAProfile() throws Exception {
        assertThat(query(
                        warehouse,
                        "SELECT period, count(DISTINCT area_code) FROM mart_observation"
                                + " WHERE indicator_id = 'cla-by-characteristic-pct' AND source = 'national'"
                                + " AND area_code ~ '^[0-9]{3}$' AND period < 2020 GROUP BY period ORDER BY period"))
                .allMatch(row -> Integer.parseInt(row.split("\\|")[1]) >= 150)
                .extracting(row -> row.split("\\|")[0])
                .containsExactly("2012", "2013", "2015", "2016", "2017");
    }
}
