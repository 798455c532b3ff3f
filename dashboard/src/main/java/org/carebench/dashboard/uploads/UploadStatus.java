package org.carebench.dashboard.uploads;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Where an upload has got to; the last three are results and never change again. */
public enum UploadStatus {
    RECEIVED("received"),
    CHECKING("checking"),
    IMPORTING("importing"),
    LOADED("loaded"),
    SET_ASIDE("set-aside"),
    REJECTED("rejected");

    private final String id;

    UploadStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public boolean finished() {
        return this == LOADED || this == SET_ASIDE || this == REJECTED;
    }

    static UploadStatus of(String id) {
        return Arrays.stream(values())
                .filter(status -> status.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown upload status " + id));
    }
}
