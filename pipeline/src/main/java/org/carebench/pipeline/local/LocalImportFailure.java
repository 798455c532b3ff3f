package org.carebench.pipeline.local;

import org.carebench.pipeline.importing.ImportFailure;

/** A local import that cannot go on; its message is the one line the command prints. */
class LocalImportFailure extends ImportFailure {

    LocalImportFailure(String message) {
        super(message);
    }
}
