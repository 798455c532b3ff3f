package org.carebench.dashboard.releases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebench.dashboard.releases.FirstPublished;
import org.junit.jupiter.api.Test;

/** The indicator page's words for a revised figure. */
class RevisionNotesTest {

    @Test
    void saysTheValueFirstPublishedAndTheRelease() {
        assertThat(RevisionNotes.sentence(new FirstPublished(2022, 76.0, null, "2022", 74.0, null, "2024")))
                .isEqualTo("2022: 74 in the 2024 release, first published as 76 in the 2022 release.");
    }

    @Test
    void aSymbolIsGivenWithItsMeaningNeverAsZero() {
        assertThat(RevisionNotes.sentence(new FirstPublished(2023, null, "c", "2023", 12.0, null, "2024")))
                .startsWith("2023: 12 in the 2024 release, first published as c (")
                .doesNotContain(" 0 ");
    }
}
