package org.carebench.pipeline.cli;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables {@code export} writes: each column once, with the sentence its README gives, so the
 * query and its documentation cannot drift apart.
 */
final class ExportTables {

    record Column(String name, String sql, String meaning) {}

    record Table(String name, String about, String from, List<Column> columns) {
        String select() {
            return "SELECT "
                    + columns.stream().map(c -> c.sql() + " AS " + c.name()).collect(Collectors.joining(", "))
                    + " FROM " + from;
        }
    }

    static final List<Table> ALL = List.of(
            new Table(
                    "observations",
                    "every current national figure, one row per indicator, area, period and breakdown",
                    "mart_observation o LEFT JOIN area a ON a.code = o.area_code ORDER BY 1, 2, 4, 5",
                    List.of(
                            new Column("indicator_id", "o.indicator_id", "the indicator (see indicators)"),
                            new Column(
                                    "area_code",
                                    "o.area_code",
                                    "DfE 3-digit LA code, or the ONS code of England or a region"),
                            new Column("area_name", "a.name", "the area's name"),
                            new Column("area_level", "a.level", "national, regional or la"),
                            new Column("period", "o.period", "year ending 31 March (an academic year 2024/25 is 2025)"),
                            new Column(
                                    "breakdown", "o.breakdown", "the breakdown the figure is for; empty for the whole"),
                            new Column("value", "o.value", "the figure; empty when suppressed or not available"),
                            new Column(
                                    "status",
                                    "coalesce(o.status, 'published')",
                                    "published, or DfE's symbol: c confidential, z not applicable, x not available, k rounds to zero, low, u"),
                            new Column(
                                    "release",
                                    "o.release",
                                    "the DfE release the figure came from (a later release may revise it)"))),
            new Table(
                    "areas",
                    "England, regions and local authorities",
                    "area ORDER BY code",
                    List.of(
                            new Column(
                                    "code",
                                    "code",
                                    "DfE 3-digit LA code (stable), or the ONS code of England or a region"),
                            new Column("level", "level", "national, regional or la"),
                            new Column("name", "name", "the area's name"),
                            new Column("region_code", "region_code", "an LA's region (ONS code)"),
                            new Column("ons_code", "ons_code", "an LA's newest 9-character ONS code"),
                            new Column("operational_from", "operational_from", "the date the LA began, if known"),
                            new Column("terminated_on", "terminated_on", "the date the LA ended, if it has"),
                            new Column("successor_code", "successor_code", "the LA that took over a reorganised one"))),
            new Table(
                    "neighbours",
                    "DfE's statistical-neighbour models: each LA's ten neighbours, closest first",
                    "neighbour ORDER BY model, la_code, position",
                    List.of(
                            new Column("model", "model", "the model's year (2021, 2025)"),
                            new Column("la_code", "la_code", "the LA"),
                            new Column("position", "position", "1 = closest"),
                            new Column("neighbour_code", "neighbour_code", "the neighbouring LA"),
                            new Column(
                                    "closeness",
                                    "trim(closeness)",
                                    "DfE's label: Extremely, Very, Close, Somewhat or Not close"))),
            new Table(
                    "indicators",
                    "the indicator catalogue",
                    "indicator ORDER BY id",
                    List.of(
                            new Column("id", "id", "the indicator's id, as observations name it"),
                            new Column("title", "title", "its title"),
                            new Column("theme", "theme", "the theme it belongs to"),
                            new Column("unit", "unit", "count, percent, rate-per-10k, score or days"),
                            new Column("polarity", "polarity", "higher or lower is better, or none"),
                            new Column("definition", "definition", "how it is defined"),
                            new Column("source", "source", "the publication it comes from"),
                            new Column("caveats", "caveats", "what to bear in mind"))));

    private ExportTables() {}

    static String readme(String snapshot, String format) {
        StringBuilder text = new StringBuilder("Carebench export of " + snapshot + ", as " + format
                + " (one file per table; UTF-8, empty cells are missing values).\n"
                + "Ranks, quartiles and neighbour averages are not stored: compute them from observations and"
                + " neighbours, counting only areas with a value.\n");
        for (Table table : ALL) {
            text.append("\n")
                    .append(table.name())
                    .append('.')
                    .append(format)
                    .append(": ")
                    .append(table.about())
                    .append('\n');
            table.columns()
                    .forEach(c -> text.append("  ")
                            .append(String.format("%-17s", c.name()))
                            .append(c.meaning())
                            .append('\n'));
        }
        return text.toString();
    }
}
