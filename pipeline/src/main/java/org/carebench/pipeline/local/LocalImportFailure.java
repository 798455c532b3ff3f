package org.carebench.pipeline.local;

/** A local import that cannot go on; its message is the one line the command prints. */
class LocalImportFailure extends RuntimeException {

    LocalImportFailure(String message) {
        super(message);
    }
}
