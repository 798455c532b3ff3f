package org.carebench.pipeline.local;

import org.carebench.pipeline.job.RunFailure;

/** A local import that cannot go on; its message is the one line the command prints. */
class LocalImportFailure extends RunFailure {

    LocalImportFailure(String message) {
        super(message);
    }
}
