package org.carebench.dashboard.export.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.carebench.dashboard.base.ui.HtmlFragment;
import org.carebench.dashboard.base.ui.Selection;
import org.jsoup.nodes.Element;

/**
 * The page's figures as files: plain links to the API with the page's selection, so a download costs
 * the page nothing until it is asked for, and the file holds exactly what the API answers.
 */
public final class DownloadLinks {

    private DownloadLinks() {}

    /** The scorecard as CSV and XLSX, internal and for a public audience. */
    public static HtmlFragment scorecard(Selection selection, int period) {
        Map<String, String> query = base(selection, period);
        Element list = list("scorecard-downloads", "Download the scorecard");
        link(list, "Scorecard (Excel)", "scorecard", query, "xlsx", null);
        link(list, "Scorecard (CSV)", "scorecard", query, "csv", null);
        link(list, "Scorecard for a public audience (Excel)", "scorecard", query, "xlsx", "public");
        return new HtmlFragment(HtmlFragment.Markup.of(list));
    }

    /** The indicator's series and the table of every authority, as CSV and XLSX. */
    public static HtmlFragment indicator(Selection selection, int period) {
        Map<String, String> query = base(selection, null);
        query.put("indicator", selection.indicator());
        Element list = list("indicator-downloads", "Download these figures");
        link(list, "Every year's comparison (Excel)", "comparison/series", query, "xlsx", null);
        link(list, "Every year's comparison (CSV)", "comparison/series", query, "csv", null);
        Map<String, String> all =
                new LinkedHashMap<>(Map.of("indicator", selection.indicator(), "period", String.valueOf(period)));
        link(list, "Every local authority, " + period + " (Excel)", "comparison/authorities", all, "xlsx", null);
        link(list, "Every local authority, " + period + " (CSV)", "comparison/authorities", all, "csv", null);
        return new HtmlFragment(HtmlFragment.Markup.of(list));
    }

    /** Who the children are, every characteristic's shares, as CSV and XLSX. */
    public static HtmlFragment profile(Selection selection, int period) {
        Map<String, String> query = base(selection, period);
        Element list = list("profile-downloads", "Download the profile");
        link(list, "Profile, " + period + " (Excel)", "profile", query, "xlsx", null);
        link(list, "Profile, " + period + " (CSV)", "profile", query, "csv", null);
        return new HtmlFragment(HtmlFragment.Markup.of(list));
    }

    /** An authority's latest local extract's validation report, every finding, as CSV and XLSX. */
    public static HtmlFragment localValidation(String la) {
        Map<String, String> query = new LinkedHashMap<>(Map.of("la", la));
        Element list = list("local-validation-downloads-" + la, "Download the validation report");
        link(list, "Every finding, by table and rule (Excel)", "local-validation", query, "xlsx", null);
        link(list, "Every finding (CSV)", "local-validation", query, "csv", null);
        return new HtmlFragment(HtmlFragment.Markup.of(list));
    }

    /**
     * One chart of the indicator page as an image to paste into a slide: PNG at slide resolution and
     * SVG. {@code chart} is {@code trend} or {@code neighbours}; {@code what} names it in the links.
     */
    public static HtmlFragment chart(Selection selection, int period, String chart, String what) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("chart", chart);
        query.put("indicator", selection.indicator());
        query.putAll(base(selection, period));
        Element list = list(chart + "-chart-downloads", "Download this chart");
        link(list, what + " (PNG image)", "chart", query, "png", null);
        link(list, what + " (SVG image)", "chart", query, "svg", null);
        return new HtmlFragment(HtmlFragment.Markup.of(list));
    }

    private static Map<String, String> base(Selection selection, Integer period) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("la", selection.la());
        if (period != null) {
            query.put("period", String.valueOf(period));
        }
        query.put("sn", selection.model());
        query.put("average", selection.average().id());
        return query;
    }

    private static Element list(String id, String heading) {
        Element nav = new Element("nav").id(id).addClass("downloads").attr("aria-label", heading);
        nav.appendElement("p").addClass("downloads-heading").text(heading + ":");
        nav.appendElement("ul");
        return nav;
    }

    /** A link the browser follows itself ({@code router-ignore}): the API is not one of the app's views. */
    private static void link(
            Element nav, String text, String endpoint, Map<String, String> query, String format, String audience) {
        Map<String, String> parameters = new LinkedHashMap<>(query);
        parameters.put("format", format);
        if (audience != null) {
            parameters.put("audience", audience);
        }
        String href = "api/v1/" + endpoint + "?"
                + parameters.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        nav.selectFirst("ul")
                .appendElement("li")
                .appendElement("a")
                .attr("href", href)
                .attr("download", "")
                .attr("router-ignore", "")
                .text(text);
    }
}
