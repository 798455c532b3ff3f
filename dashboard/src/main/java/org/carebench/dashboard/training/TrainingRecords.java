package org.carebench.dashboard.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carebench.dashboard.audit.AuditAction;
import org.carebench.dashboard.audit.AuditLog;
import org.carebench.dashboard.figures.UnknownReferenceException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What analysts write about training: members, sessions with their attendance, policy versions and
 * acceptances. Each write is one transaction, so a refused one saves nothing, and goes in the audit
 * log by ids and counts (the log names no member).
 */
@Service
public class TrainingRecords {

    private final MemberStore members;
    private final SessionStore sessions;
    private final PolicyStore policies;
    private final AuditLog audit;

    TrainingRecords(MemberStore members, SessionStore sessions, PolicyStore policies, AuditLog audit) {
        this.members = members;
        this.sessions = sessions;
        this.policies = policies;
        this.audit = audit;
    }

    /** How many of a list of members were new and how many were updated. */
    public record Saved(int added, int updated) {}

    @Transactional
    public Saved saveMembers(String by, List<MemberEntry> entries) {
        int added = 0;
        for (MemberEntry entry : entries) {
            added += members.save(entry.name(), entry.kind(), entry.from(), entry.to(), by) ? 1 : 0;
        }
        Saved saved = new Saved(added, entries.size() - added);
        audit.append(by, AuditAction.TRAINING_MEMBERS_SAVED, saved.added() + " added, " + saved.updated() + " updated");
        return saved;
    }

    /** Records a session; attendees are members' names or ids, and any unknown one refuses the whole session. */
    @Transactional
    public long recordSession(String by, SessionDraft draft) {
        if (draft.title() == null || draft.title().isBlank() || draft.date() == null || draft.type() == null) {
            throw new IllegalArgumentException("A session needs a title, a date and a type");
        }
        List<Member> all = members.all();
        Map<String, Member> byName = all.stream().collect(Collectors.toMap(Member::name, Function.identity()));
        Map<String, Member> byId = all.stream().collect(Collectors.toMap(m -> String.valueOf(m.id()), m -> m));
        Set<Long> attendees = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String attendee : draft.attendees() == null ? List.<String>of() : draft.attendees()) {
            String key = attendee == null ? "" : attendee.strip().replaceAll("\\s+", " ");
            Member member = byName.getOrDefault(key, byId.get(key));
            if (member == null) {
                unknown.add(key.isEmpty() ? "(blank)" : key);
            } else {
                attendees.add(member.id());
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownAttendeesException(unknown);
        }
        long id = sessions.add(
                new SessionDraft(
                        draft.title().strip(),
                        draft.date(),
                        draft.type(),
                        blankToNull(draft.trainer()),
                        blankToNull(draft.audience()),
                        link(draft.packLink()),
                        blankToNull(draft.packRelease()),
                        draft.attendees()),
                attendees,
                by);
        audit.append(
                by,
                AuditAction.TRAINING_SESSION_RECORDED,
                "session " + id + " on " + draft.date() + " (" + draft.type().id() + "): " + attendees.size()
                        + " attended");
        return id;
    }

    /** Adds a version of a policy (and the policy, if new); from then on it must be accepted afresh. */
    @Transactional
    public void addPolicyVersion(String by, String title, String label, LocalDate from, String documentLink) {
        if (title == null || title.isBlank() || label == null || label.isBlank() || from == null) {
            throw new IllegalArgumentException("A policy version needs the policy's title, a version and a date");
        }
        long policy = policies.policy(title.strip());
        if (policies.versions().stream()
                .anyMatch(v -> v.policyId() == policy && v.label().equals(label.strip()))) {
            throw new IllegalArgumentException(title.strip() + " already has a version " + label.strip());
        }
        policies.addVersion(policy, label.strip(), from, link(documentLink), by);
        audit.append(by, AuditAction.POLICY_VERSION_ADDED, "policy " + policy + " version " + label.strip());
    }

    /** Records that a member (by name or id) read and accepted a policy version on a date. */
    @Transactional
    public void accept(String by, long version, String member, LocalDate on) {
        PolicyVersion accepted =
                policies.version(version).orElseThrow(() -> new UnknownReferenceException("policy version", version));
        String key = member.strip().replaceAll("\\s+", " ");
        Member who = members.byName(key)
                .or(() -> key.matches("[0-9]{1,18}") ? members.byId(Long.parseLong(key)) : java.util.Optional.empty())
                .orElseThrow(() -> new UnknownAttendeesException(List.of(key)));
        if (policies.accept(accepted.id(), who.id(), on, by)) {
            audit.append(by, AuditAction.POLICY_ACCEPTED, "member " + who.id() + " accepted policy version " + version);
        }
    }

    /** A link pages will show: to the web or to this product (a pack download), never a script. */
    private static String link(String text) {
        String link = blankToNull(text);
        if (link != null && !link.matches("(?i)(https?://|/|api/)[^\\s]*")) {
            throw new IllegalArgumentException(
                    "A link must start with https://, http:// or / (or be the Training pack page's api/v1/pack link)");
        }
        return link;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
