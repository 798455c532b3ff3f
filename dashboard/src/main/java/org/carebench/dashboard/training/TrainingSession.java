package org.carebench.dashboard.training;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A training session and who attended it. {@code attendees} is null (and left out of JSON) for a reader
 * who may not see names (a viewer); {@code attended} is always the count.
 *
 * @param packLink the training pack generated for the session (its {@code .pptx} address), if any
 * @param packRelease the release the pack's figures were drawn from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingSession(
        long id,
        String title,
        LocalDate date,
        SessionType type,
        String trainer,
        String audience,
        String packLink,
        String packRelease,
        int attended,
        List<String> attendees) {

    /** The same session without the names of who attended. */
    public TrainingSession withoutNames() {
        return new TrainingSession(id, title, date, type, trainer, audience, packLink, packRelease, attended, null);
    }
}
