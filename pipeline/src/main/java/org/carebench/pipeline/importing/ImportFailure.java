package org.carebench.pipeline.importing;

import org.carebench.pipeline.job.RunFailure;

/** An import of published files that must not publish; the message is the one line a data team reads. */
public class ImportFailure extends RunFailure {
    public ImportFailure(String message) {
        super(message);
    }
}
