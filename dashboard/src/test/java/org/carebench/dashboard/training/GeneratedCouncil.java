package org.carebench.dashboard.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A council of 54 members and 10 sessions whose report numbers are worked out by hand below.
 *
 * <p>Members: councillors C01 to C45 serving since the election of 5 May 2022, former councillors F1 to F3
 * (2018 to 4 May 2022) and officers O1 to O6 (since 2015).
 *
 * <p>Corporate-parenting sessions this term: 24 Jun 2022 (C10-C16), 18 Jan 2023 (C01-C20), 7 Feb 2024
 * (C31-C35, O1, O2), 30 Apr 2025 (C01-C05). So 25 of the 45 current councillors are trained (C01-C20,
 * C31-C35: 55.6%), and 24 members in office are not (C21-C30, C36-C45, O3-O6). The May 2019 session
 * (C01-C09, F1-F3: 12 attended) was in the previous term and counts for nobody now.
 *
 * <p>Corporate parenting policy: version 1 (1 Jan 2023) accepted by C01-C30; version 2 (1 Jun 2025) by
 * C01-C10 only, so 10 of the 51 members in office have accepted the version in force.
 */
final class GeneratedCouncil {

    record Session(String title, LocalDate date, SessionType type, List<String> attendees) {}

    static final String POLICY = "Corporate parenting policy";

    private GeneratedCouncil() {}

    static List<MemberEntry> members() {
        List<MemberEntry> members = new ArrayList<>();
        IntStream.rangeClosed(1, 45)
                .forEach(i -> members.add(
                        new MemberEntry(councillor(i), MemberKind.COUNCILLOR, LocalDate.of(2022, 5, 5), null)));
        IntStream.rangeClosed(1, 3)
                .forEach(i -> members.add(new MemberEntry(
                        "Former Councillor " + i,
                        MemberKind.COUNCILLOR,
                        LocalDate.of(2018, 5, 3),
                        LocalDate.of(2022, 5, 4))));
        IntStream.rangeClosed(1, 6)
                .forEach(i ->
                        members.add(new MemberEntry(officer(i), MemberKind.OFFICER, LocalDate.of(2015, 1, 5), null)));
        return members;
    }

    static List<Session> sessions() {
        List<String> may2019 = new ArrayList<>(councillors(1, 9));
        may2019.addAll(List.of("Former Councillor 1", "Former Councillor 2", "Former Councillor 3"));
        List<String> exploitation = new ArrayList<>(councillors(21, 25));
        IntStream.rangeClosed(1, 6).forEach(i -> exploitation.add(officer(i)));
        List<String> careLeavers = new ArrayList<>(councillors(31, 35));
        careLeavers.addAll(List.of(officer(1), officer(2)));
        return List.of(
                new Session(
                        "Corporate Parenting: our responsibility as corporate parents",
                        LocalDate.of(2019, 5, 14),
                        SessionType.CORPORATE_PARENTING,
                        may2019),
                new Session(
                        "Safeguarding children",
                        LocalDate.of(2019, 11, 20),
                        SessionType.SAFEGUARDING,
                        councillors(1, 16)),
                new Session(
                        "New members' induction", LocalDate.of(2022, 5, 24), SessionType.INDUCTION, councillors(1, 45)),
                new Session(
                        "Corporate Parenting: our responsibility as corporate parents",
                        LocalDate.of(2022, 6, 24),
                        SessionType.CORPORATE_PARENTING,
                        councillors(10, 16)),
                new Session(
                        "Corporate parenting refresher",
                        LocalDate.of(2023, 1, 18),
                        SessionType.CORPORATE_PARENTING,
                        councillors(1, 20)),
                new Session(
                        "Child exploitation", LocalDate.of(2023, 3, 8), SessionType.CHILD_EXPLOITATION, exploitation),
                new Session(
                        "Corporate parenting board briefing",
                        LocalDate.of(2023, 10, 11),
                        SessionType.BOARD_BRIEFING,
                        councillors(26, 30)),
                new Session(
                        "Corporate parenting: care leavers",
                        LocalDate.of(2024, 2, 7),
                        SessionType.CORPORATE_PARENTING,
                        careLeavers),
                new Session(
                        "Listening to children in care",
                        LocalDate.of(2024, 9, 25),
                        SessionType.OTHER,
                        councillors(36, 40)),
                new Session(
                        "Corporate parenting: placements",
                        LocalDate.of(2025, 4, 30),
                        SessionType.CORPORATE_PARENTING,
                        councillors(1, 5)));
    }

    /** Members, sessions, both policy versions and their acceptances, written through the real service. */
    static void record(TrainingRecords records, TrainingReports reports, String analyst) {
        records.saveMembers(analyst, members());
        for (Session s : sessions()) {
            records.recordSession(
                    analyst,
                    new SessionDraft(
                            s.title(), s.date(), s.type(), "Head of Service", "Members", null, null, s.attendees()));
        }
        records.addPolicyVersion(analyst, POLICY, "1", LocalDate.of(2023, 1, 1), null);
        long first = reports.policyVersions().get(0).id();
        councillors(1, 30).forEach(name -> records.accept(analyst, first, name, LocalDate.of(2023, 2, 1)));
        records.addPolicyVersion(analyst, POLICY, "2", LocalDate.of(2025, 6, 1), null);
        long second = reports.policyVersions().get(1).id();
        councillors(1, 10).forEach(name -> records.accept(analyst, second, name, LocalDate.of(2025, 7, 1)));
    }

    static String councillor(int i) {
        return String.format("Councillor %02d", i);
    }

    static String officer(int i) {
        return "Officer " + i;
    }

    static List<String> councillors(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(GeneratedCouncil::councillor)
                .toList();
    }
}
