package org.carebench.pipeline.definition;

/** A definition in jobs/ that cannot be used: the message names the file and the key. */
public class DefinitionException extends RuntimeException {
    public DefinitionException(String message) {
        super(message);
    }
}
