package org.carebench.pipeline.fetch;

/** Why a fetch stopped, in one line a data team can act on (the host that did not answer, the route that failed). */
public class FetchException extends Exception {

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
