package org.carebench.pipeline.importing;

/** An import that must not publish; the message is the one line a data team reads. */
public class ImportFailure extends RuntimeException {
    public ImportFailure(String message) {
        super(message);
    }
}
