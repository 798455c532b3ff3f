package org.carebench.dashboard.training.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.carebench.dashboard.training.Member;
import org.carebench.dashboard.training.SessionType;
import org.jsoup.nodes.Element;

/** The form that records a session and who attended: a box per member, those in office first. */
final class SessionForm {

    private SessionForm() {}

    static Element create(List<Member> members, LocalDate today) {
        Element form = TrainingForms.form("record-session", "api/v1/training/sessions", "Record a session");
        TrainingForms.field(form, "session-title", "title", "Title", true);
        TrainingForms.dateField(form, "session-date", "date", "Date", true).val(today.toString());
        TrainingForms.select(
                form,
                "session-type",
                "type",
                "Type",
                Arrays.stream(SessionType.values())
                        .map(type -> new String[] {type.id(), type.label()})
                        .toList());
        TrainingForms.field(form, "session-trainer", "trainer", "Trainer", false);
        TrainingForms.field(form, "session-audience", "audience", "Audience", false);
        TrainingForms.field(
                form, "session-pack-link", "packLink", "Training pack link (the Training pack page's download)", false);
        TrainingForms.field(form, "session-pack-release", "packRelease", "Release the pack's figures are from", false);
        Element attendance = form.appendElement("fieldset").addClass("attendance");
        attendance.appendElement("legend").text("Who attended");
        if (members.isEmpty()) {
            attendance.appendElement("p").text("No members yet: add them on the Members page first.");
        }
        members.stream()
                .sorted((a, b) -> Boolean.compare(!a.servesOn(today), !b.servesOn(today)))
                .forEach(member -> {
                    Element box = attendance.appendElement("p").addClass("attendee");
                    String id = "attendee-" + member.id();
                    box.appendElement("input")
                            .attr("type", "checkbox")
                            .id(id)
                            .attr("name", "attendees")
                            .val(String.valueOf(member.id()));
                    box.appendElement("label")
                            .attr("for", id)
                            .text(member.name() + " (" + member.kind().id()
                                    + (member.servesOn(today) ? "" : ", not in office") + ")");
                });
        TrainingForms.submit(form, "record-session-submit", "Record the session");
        return form;
    }
}
