package org.carebench.dashboard.figures;

/** A request named an indicator, local authority, period or model the warehouse does not hold. */
public class UnknownReferenceException extends RuntimeException {

    public UnknownReferenceException(String what, Object value) {
        super("Unknown " + what + ": " + value);
    }
}
