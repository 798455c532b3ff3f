package org.carebench.dashboard.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.appdata.AppDatabases;
import org.carebench.dashboard.audit.AuditEntry;
import org.carebench.dashboard.audit.AuditLog;
import org.carebench.dashboard.security.CurrentUser;
import org.carebench.dashboard.security.LocalFiguresAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The training records over the real migrations on both application databases, filled with the
 * generated council of 54 members and 10 sessions: the report numbers are the ones worked out by hand
 * in {@link GeneratedCouncil}.
 */
class TrainingRecordsIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void signOut() {
        contexts.clearContext();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void answersTheReportsOfTheGeneratedCouncil(String vendor) throws Exception {
        try (HikariDataSource db = AppDatabases.migrated(vendor)) {
            TrainingReports reports = reports(db);
            signIn("ROLE_ANALYST");
            GeneratedCouncil.record(records(db), reports, "j.analyst");

            assertThat(FoiAnswer.text(
                            LocalDate.of(2019, 1, 1),
                            reports.sessions(LocalDate.of(2019, 1, 1)),
                            reports.coverage(TODAY)))
                    .isEqualTo("""
                            Training sessions for councillors and officers since 1 January 2019:
                            Corporate Parenting: our responsibility as corporate parents, May 2019: 12 attended
                            Safeguarding children, November 2019: 16 attended
                            New members' induction, May 2022: 45 attended
                            Corporate Parenting: our responsibility as corporate parents, June 2022: 7 attended
                            Corporate parenting refresher, January 2023: 20 attended
                            Child exploitation, March 2023: 11 attended
                            Corporate parenting board briefing, October 2023: 5 attended
                            Corporate parenting: care leavers, February 2024: 7 attended
                            Listening to children in care, September 2024: 5 attended
                            Corporate parenting: placements, April 2025: 5 attended

                            On 15 January 2026, 25 of the 45 current councillors (55.6%) had attended at least one \
                            corporate-parenting session in their present term.
                            10 of the 51 members in office had read and accepted the Corporate parenting policy, \
                            version 2 (in force from 1 June 2025).
                            """);
            assertThat(reports.sessions(LocalDate.of(2023, 10, 11)))
                    .extracting(TrainingSession::attended)
                    .containsExactly(5, 7, 5, 5);

            Coverage coverage = reports.coverage(TODAY);
            assertThat(coverage.councillorsTrained()).isEqualTo(25);
            assertThat(coverage.currentCouncillors()).isEqualTo(45);
            assertThat(coverage.councillorsTrainedPercent()).isEqualTo(55.6);
            assertThat(coverage.membersNotTrained()).isEqualTo(24);
            assertThat(coverage.membersNotTrainedNames())
                    .startsWith("Councillor 21")
                    .contains("Councillor 45", "Officer 3", "Officer 6")
                    .doesNotContain("Councillor 20", "Officer 1", "Former Councillor 1");
            assertThat(coverage.policies())
                    .extracting(
                            Coverage.PolicyCoverage::version,
                            Coverage.PolicyCoverage::current,
                            Coverage.PolicyCoverage::accepted,
                            Coverage.PolicyCoverage::members,
                            Coverage.PolicyCoverage::acceptedPercent)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("1", false, 30, 51, 58.8),
                            org.assertj.core.groups.Tuple.tuple("2", true, 10, 51, 19.6));
            assertThat(coverage.policies().get(1).notYetAccepted()).hasSize(41).contains("Councillor 11");
            assertThat(coverage.policies().get(1).acceptedBy().get(0))
                    .isEqualTo(new Coverage.Acceptance("Councillor 01", LocalDate.of(2025, 7, 1)));

            // The previous term: only the three former councillors served, and all three were trained in May 2019.
            Coverage before = reports.coverage(LocalDate.of(2022, 5, 4));
            assertThat(List.of(before.councillorsTrained(), before.currentCouncillors(), before.membersNotTrained()))
                    .containsExactly(3, 3, 6);

            assertThat(reports.councillorsTrainedInYear(2023)).isEqualTo(20);
            assertThat(reports.councillorsTrainedInYear(2024)).isEqualTo(5);
            TrainingLocalFigures scorecard = new TrainingLocalFigures(reports, "358");
            assertThat(scorecard.localFigures("358", 2024))
                    .extractingByKeys(TrainingLocalFigures.TRAINED_COUNT, TrainingLocalFigures.TRAINED_SHARE)
                    .extracting(f -> f.value())
                    .containsExactly(5.0, 55.6);
            assertThat(scorecard
                            .localFigures("358", 2023)
                            .get(TrainingLocalFigures.TRAINED_SHARE)
                            .value())
                    .isEqualTo(44.4);
            assertThat(scorecard.localFigures("359", 2024)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void refusesUnknownAttendeesSavingNothingAndAuditsEveryWrite(String vendor) throws Exception {
        try (HikariDataSource db = AppDatabases.migrated(vendor)) {
            TrainingRecords records = records(db);
            TrainingReports reports = reports(db);
            signIn("ROLE_ANALYST");
            records.saveMembers("j.analyst", GeneratedCouncil.members());
            long member = reports.members().get(0).id();
            SessionDraft draft = new SessionDraft(
                    "Corporate parenting",
                    LocalDate.of(2025, 5, 1),
                    SessionType.CORPORATE_PARENTING,
                    "Trainer",
                    null,
                    null,
                    null,
                    List.of("Councillor 01", "Councillor 99", String.valueOf(member), "Nobody Known"));
            assertThatThrownBy(() -> records.recordSession("j.analyst", draft))
                    .isInstanceOfSatisfying(
                            UnknownAttendeesException.class,
                            e -> assertThat(e.unknown()).containsExactly("Councillor 99", "Nobody Known"));
            SessionDraft scripted = new SessionDraft(
                    "Corporate parenting",
                    LocalDate.of(2025, 5, 1),
                    SessionType.CORPORATE_PARENTING,
                    null,
                    null,
                    "javascript:alert(1)",
                    null,
                    List.of("Councillor 01"));
            assertThatThrownBy(() -> records.recordSession("j.analyst", scripted))
                    .hasMessageStartingWith("A link must start with https://");
            JdbcTemplate sql = new JdbcTemplate(db);
            assertThat(sql.queryForObject("SELECT count(*) FROM training_session", Integer.class))
                    .isZero();
            assertThat(sql.queryForObject("SELECT count(*) FROM training_attendance", Integer.class))
                    .isZero();

            // Updated by name: a councillor who stood down keeps the record, now with the end of the term.
            TrainingRecords.Saved saved = records.saveMembers(
                    "j.analyst",
                    List.of(
                            new MemberEntry(
                                    "Councillor 01",
                                    MemberKind.COUNCILLOR,
                                    LocalDate.of(2022, 5, 5),
                                    LocalDate.of(2025, 5, 1)),
                            new MemberEntry("Councillor 46", MemberKind.COUNCILLOR, LocalDate.of(2025, 6, 1), null)));
            assertThat(saved).isEqualTo(new TrainingRecords.Saved(1, 1));
            assertThat(reports.members()).hasSize(55);
            assertThat(reports.coverage(TODAY).currentCouncillors()).isEqualTo(45);

            List<AuditEntry> audit = new AuditLog(db).recent(10);
            assertThat(audit)
                    .extracting(AuditEntry::action)
                    .containsExactly("training-members-saved", "training-members-saved");
            assertThat(audit.get(0).detail()).isEqualTo("1 added, 1 updated");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void aNewPolicyVersionStartsWithNobodyAndViewersGetCountsOnly(String vendor) throws Exception {
        try (HikariDataSource db = AppDatabases.migrated(vendor)) {
            TrainingRecords records = records(db);
            TrainingReports reports = reports(db);
            signIn("ROLE_ANALYST");
            GeneratedCouncil.record(records, reports, "j.analyst");
            records.addPolicyVersion("j.analyst", GeneratedCouncil.POLICY, "3", LocalDate.of(2026, 1, 1), null);
            assertThatThrownBy(() -> records.addPolicyVersion("j.analyst", GeneratedCouncil.POLICY, "3", TODAY, null))
                    .hasMessage("Corporate parenting policy already has a version 3");
            Coverage.PolicyCoverage third = reports.coverage(TODAY).policies().get(2);
            assertThat(List.of(
                            third.current(),
                            third.accepted(),
                            third.notYetAccepted().size()))
                    .containsExactly(true, 0, 51);
            assertThat(new AuditLog(db).recent(1).get(0).action()).isEqualTo("policy-version-added");

            signIn("ROLE_VIEWER");
            Coverage counts = reports.coverage(TODAY);
            assertThat(counts.councillorsTrained()).isEqualTo(25);
            assertThat(counts.membersNotTrainedNames()).isNull();
            assertThat(counts.policies()).allSatisfy(p -> {
                assertThat(p.acceptedBy()).isNull();
                assertThat(p.notYetAccepted()).isNull();
            });
            assertThat(reports.sessions(LocalDate.of(2019, 1, 1)))
                    .hasSize(10)
                    .allSatisfy(s -> assertThat(s.attendees()).isNull());
            assertThatThrownBy(reports::members)
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        }
    }

    private void signIn(String role) {
        contexts.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "someone", null, List.of(new SimpleGrantedAuthority(role))));
    }

    private TrainingRecords records(HikariDataSource db) {
        return new TrainingRecords(new MemberStore(db), new SessionStore(db), new PolicyStore(db), new AuditLog(db));
    }

    private TrainingReports reports(HikariDataSource db) {
        ObjectProvider<SecurityContextHolderStrategy> strategy = new StaticListableBeanFactory(
                        Map.of("contexts", contexts))
                .getBeanProvider(SecurityContextHolderStrategy.class);
        return new TrainingReports(
                new MemberStore(db),
                new SessionStore(db),
                new PolicyStore(db),
                new CurrentUser(strategy, new LocalFiguresAccess(strategy)));
    }
}
