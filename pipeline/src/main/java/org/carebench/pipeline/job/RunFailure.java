package org.carebench.pipeline.job;

/** A run that must not publish; the message is the one line a data team reads. */
public class RunFailure extends RuntimeException {
    public RunFailure(String message) {
        super(message);
    }
}
