package org.carebench.dashboard.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carebench.dashboard.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * What the training records answer: sessions since a date with their attendance, and coverage. Names
 * of who attended or accepted go only to analysts and admins; anyone else gets the counts, whichever
 * page, export or endpoint asks, because the check is made here rather than by each caller.
 */
@Service
public class TrainingReports {

    private final MemberStore members;
    private final SessionStore sessions;
    private final PolicyStore policies;
    private final CurrentUser reader;
    private final Clock clock;

    TrainingReports(MemberStore members, SessionStore sessions, PolicyStore policies, CurrentUser reader) {
        this.members = members;
        this.sessions = sessions;
        this.policies = policies;
        this.reader = reader;
        this.clock = Clock.systemDefaultZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The date a report starts from: the one asked for, else the first session's, else today. */
    public LocalDate since(LocalDate asked) {
        if (asked != null) {
            return asked;
        }
        return sessions.firstDate().orElseGet(this::today);
    }

    /** Whether the signed-in reader may see who attended and who accepted. */
    public boolean showsNames() {
        return reader.isAnalyst();
    }

    /** Sessions held on or after {@code since}, oldest first. */
    public List<TrainingSession> sessions(LocalDate since) {
        List<TrainingSession> held = sessions.since(since);
        return showsNames()
                ? held
                : held.stream().map(TrainingSession::withoutNames).toList();
    }

    /** The members, by name: analysts and admins only, as the list is nothing but names. */
    public List<Member> members() {
        if (!showsNames()) {
            throw new org.springframework.security.access.AccessDeniedException("Members are shown to analysts only");
        }
        return members.all();
    }

    public List<PolicyVersion> policyVersions() {
        return policies.versions();
    }

    public Coverage coverage(LocalDate asOf) {
        List<Member> current =
                members.all().stream().filter(m -> m.servesOn(asOf)).toList();
        Set<Long> trained = trainedThisTerm(current, asOf);
        List<Member> councillors =
                current.stream().filter(m -> m.kind() == MemberKind.COUNCILLOR).toList();
        int councillorsTrained =
                (int) councillors.stream().filter(m -> trained.contains(m.id())).count();
        List<String> notTrained = current.stream()
                .filter(m -> !trained.contains(m.id()))
                .map(Member::name)
                .toList();
        return new Coverage(
                asOf,
                councillors.size(),
                councillorsTrained,
                Coverage.percent(councillorsTrained, councillors.size()),
                notTrained.size(),
                showsNames() ? notTrained : null,
                policyCoverage(current, asOf));
    }

    /** Councillors who attended a corporate-parenting session in the year ending 31 March {@code period}. */
    int councillorsTrainedInYear(int period) {
        LocalDate from = LocalDate.of(period - 1, 4, 1);
        LocalDate to = LocalDate.of(period, 3, 31);
        Set<Long> councillors = members.all().stream()
                .filter(m -> m.kind() == MemberKind.COUNCILLOR)
                .map(Member::id)
                .collect(Collectors.toSet());
        return (int) sessions.attendance().stream()
                .filter(a -> a.type() == SessionType.CORPORATE_PARENTING)
                .filter(a -> !a.date().isBefore(from) && !a.date().isAfter(to))
                .map(SessionStore.Attendance::memberId)
                .filter(councillors::contains)
                .distinct()
                .count();
    }

    boolean hasMembers() {
        return !members.all().isEmpty();
    }

    /** Members who attended a corporate-parenting session between the start of their term and {@code asOf}. */
    private Set<Long> trainedThisTerm(List<Member> current, LocalDate asOf) {
        Map<Long, Member> byId = current.stream().collect(Collectors.toMap(Member::id, Function.identity()));
        return sessions.attendance().stream()
                .filter(a -> a.type() == SessionType.CORPORATE_PARENTING && byId.containsKey(a.memberId()))
                .filter(a -> !a.date().isBefore(byId.get(a.memberId()).from())
                        && !a.date().isAfter(asOf))
                .map(SessionStore.Attendance::memberId)
                .collect(Collectors.toSet());
    }

    private List<Coverage.PolicyCoverage> policyCoverage(List<Member> current, LocalDate asOf) {
        List<PolicyVersion> versions = policies.versions();
        Map<Long, PolicyVersion> latest = versions.stream()
                .filter(v -> !v.effectiveFrom().isAfter(asOf))
                .collect(Collectors.toMap(PolicyVersion::policyId, Function.identity(), (older, newer) -> newer));
        return versions.stream()
                .map(v -> {
                    Map<Long, LocalDate> accepted = policies.acceptances(v.id());
                    List<Coverage.Acceptance> by = current.stream()
                            .filter(m -> accepted.containsKey(m.id()))
                            .map(m -> new Coverage.Acceptance(m.name(), accepted.get(m.id())))
                            .sorted(Comparator.comparing(Coverage.Acceptance::name))
                            .toList();
                    List<String> notYet = current.stream()
                            .filter(m -> !accepted.containsKey(m.id()))
                            .map(Member::name)
                            .toList();
                    return new Coverage.PolicyCoverage(
                            v.id(),
                            v.policy(),
                            v.label(),
                            v.effectiveFrom(),
                            latest.get(v.policyId()) == v,
                            current.size(),
                            by.size(),
                            Coverage.percent(by.size(), current.size()),
                            showsNames() ? by : null,
                            showsNames() ? notYet : null);
                })
                .toList();
    }
}
