package org.carebench.dashboard.uploads;

/** An upload refused before any import: the message names the file and says why, for the uploader. */
public class UploadRefusedException extends IllegalArgumentException {

    public UploadRefusedException(String message) {
        super(message);
    }
}
