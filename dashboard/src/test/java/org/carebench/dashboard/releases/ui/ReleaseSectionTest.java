package org.carebench.dashboard.releases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.carebench.dashboard.releases.ChangeCounts;
import org.carebench.dashboard.releases.Release;
import org.carebench.dashboard.releases.ReleaseChange;
import org.carebench.dashboard.releases.ReleaseFile;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A release on the Releases page: the figures it revised and withdrew, in words a reader can check. */
class ReleaseSectionTest {

    private static final LocalDateTime LOADED = LocalDateTime.of(2024, 11, 14, 9, 30);

    @Test
    void listsRevisedAndWithdrawnFiguresWithTheValuePublishedBefore() {
        Release release = new Release(
                "2024",
                LOADED,
                LOADED,
                false,
                true,
                new ChangeCounts(7, 1, 2, 0),
                List.of(new ReleaseFile(
                        "2024", "cla_time_series_1994_2024.csv", "national-time-series", 155, LOADED, "ab", false, 2)));
        List<ReleaseChange> changes = List.of(
                change("revised", "England", 72670.0, null, 72600.0, null),
                change("withdrawn", "Stockport", 75.0, null, null, "c"),
                change("withdrawn", "Trafford", 77.0, null, null, null),
                change("new-period", null, null, null, null, null));

        Element section = ReleaseSection.of(release, changes);

        assertThat(section.select("h2").text()).isEqualTo("The 2024 release");
        assertThat(section.select(".change-counts").text())
                .isEqualTo("What it changed: 7 new periods (indicator and year), 1 figure revised, 2 withdrawn,"
                        + " and the neighbours of 0 authorities changed.");
        assertThat(section.select("a[href=api/v1/releases/2024/changes?format=csv]")
                        .text())
                .isEqualTo("Download the change report of the 2024 release (CSV)");
        assertThat(section.select("#release-2024-revisions tbody tr"))
                .extracting(Element::text)
                .containsExactly(
                        "Children looked after England 2017 All 72,670 (2017 release) 72,600 (2024 release)",
                        "Children looked after Stockport 2017 All 75 (2017 release) c (confidential: suppressed to protect individuals) (2024 release)",
                        "Children looked after Trafford 2017 All 77 (2017 release) not in this release");
        assertThat(section.select("#release-2024-files tbody th").text()).isEqualTo("cla_time_series_1994_2024.csv");
    }

    @Test
    void aSnapshotFromBeforeChangeReportsSaysSoAndOffersNoDownload() {
        Release release = new Release("2023", LOADED, LOADED, false, false, new ChangeCounts(0, 0, 0, 0), List.of());
        Element section = ReleaseSection.of(release, List.of());
        assertThat(section.select(".change-counts").text())
                .isEqualTo("No change report: loaded before the warehouse kept them.");
        assertThat(section.select("a")).isEmpty();
    }

    private static ReleaseChange change(
            String kind, String area, Double oldValue, String oldStatus, Double newValue, String newStatus) {
        return new ReleaseChange(
                kind,
                "cla-count",
                "Children looked after",
                "count",
                "x",
                area,
                2017,
                "",
                oldValue,
                oldStatus,
                "2017",
                newValue,
                newStatus,
                "2024",
                null,
                null,
                null,
                null,
                null);
    }
}
