package org.carebench.dashboard.training;

import java.time.LocalDate;
import java.util.List;

/**
 * The plain text a Freedom of Information officer pastes into a reply: each session since a date
 * with how many attended ("Corporate Parenting: our responsibility as corporate parents, May 2019:
 * 12 attended"), then how many current councillors are trained and how many members accepted each
 * policy in force. Counts only, never names, whoever asks.
 */
public final class FoiAnswer {

    private FoiAnswer() {}

    public static String text(LocalDate since, List<TrainingSession> sessions, Coverage coverage) {
        StringBuilder text = new StringBuilder();
        text.append("Training sessions for councillors and officers since ")
                .append(TrainingDates.day(since))
                .append(":\n");
        if (sessions.isEmpty()) {
            text.append("No sessions were held.\n");
        }
        for (TrainingSession session : sessions) {
            text.append(session.title())
                    .append(", ")
                    .append(TrainingDates.month(session.date()))
                    .append(": ")
                    .append(session.attended())
                    .append(" attended\n");
        }
        text.append('\n')
                .append("On ")
                .append(TrainingDates.day(coverage.asOf()))
                .append(", ")
                .append(coverage.councillorsTrained())
                .append(" of the ")
                .append(coverage.currentCouncillors())
                .append(" current councillors");
        if (coverage.councillorsTrainedPercent() != null) {
            text.append(" (")
                    .append(percent(coverage.councillorsTrainedPercent()))
                    .append(')');
        }
        text.append(" had attended at least one corporate-parenting session in their present term.\n");
        for (Coverage.PolicyCoverage policy : coverage.policies()) {
            if (policy.current()) {
                text.append(policy.accepted())
                        .append(" of the ")
                        .append(policy.members())
                        .append(" members in office had read and accepted the ")
                        .append(policy.policy())
                        .append(", version ")
                        .append(policy.version())
                        .append(" (in force from ")
                        .append(TrainingDates.day(policy.effectiveFrom()))
                        .append(").\n");
            }
        }
        return text.toString();
    }

    private static String percent(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "%";
    }
}
