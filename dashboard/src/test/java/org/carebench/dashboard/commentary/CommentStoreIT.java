package org.carebench.dashboard.commentary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.carebench.dashboard.appdata.AppDatabases;
import org.carebench.dashboard.figures.Audience;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The commentary table, migrated by Flyway, on both databases the application supports. */
class CommentStoreIT {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void keepsDatedCommentsWithTheirAudienceAndTheirChanges(String vendor) throws Exception {
        try (HikariDataSource db = AppDatabases.migrated(vendor)) {
            CommentStore store = new CommentStore(db);
            long first = store.add(
                    "358",
                    "cla-rate-per-10k",
                    2024,
                    "Rise due to a sibling group of five entering care in March",
                    Audience.INTERNAL,
                    "j.smith");
            long second = store.add("358", "cla-rate-per-10k", 2024, "Below England", Audience.PUBLIC, "a.khan");
            store.add("358", "cla-rate-per-10k", 2023, "Another year", Audience.PUBLIC, "a.khan");
            store.add("352", "cla-rate-per-10k", 2024, "Another authority", Audience.PUBLIC, "a.khan");

            List<Comment> comments = store.forFigures("358", 2024, List.of("cla-rate-per-10k", "repeat-referrals"));
            assertThat(comments).extracting(Comment::id).containsExactly(first, second);
            Comment written = comments.get(0);
            assertThat(written.internal()).isTrue();
            assertThat(written.author()).isEqualTo("j.smith");
            assertThat(written.writtenAt()).isNotNull();
            assertThat(written.changedAt()).isNull();

            store.change(first, "Rise due to a sibling group of five", Audience.PUBLIC);
            Comment changed = store.find(first).orElseThrow();
            assertThat(changed.text()).isEqualTo("Rise due to a sibling group of five");
            assertThat(changed.audience()).isEqualTo(Audience.PUBLIC);
            assertThat(changed.changedAt()).isNotNull();
            assertThat(changed.writtenAt()).isEqualTo(written.writtenAt());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theDatabaseRefusesAnAudienceOtherThanInternalOrPublic(String vendor) throws Exception {
        try (HikariDataSource db = AppDatabases.migrated(vendor)) {
            assertThatThrownBy(() -> new JdbcTemplate(db)
                            .update("INSERT INTO commentary (la_code, indicator_id, period, body, audience, author)"
                                    + " VALUES ('358', 'x', 2024, 'text', 'secret', 'j.smith')"))
                    .hasStackTraceContaining("commentary_audience");
        }
    }
}
