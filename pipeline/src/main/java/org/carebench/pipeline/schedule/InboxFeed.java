package org.carebench.pipeline.schedule;

import java.nio.file.Path;

/** Something that puts files into the inbox just before the nightly import reads it (fetching from EES). */
public interface InboxFeed {

    void fill(Path inbox);
}
