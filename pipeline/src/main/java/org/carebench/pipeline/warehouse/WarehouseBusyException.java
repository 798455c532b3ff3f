package org.carebench.pipeline.warehouse;

import java.nio.file.Path;

/** Another import holds the warehouse; the message is the one line a data team reads. */
public class WarehouseBusyException extends RuntimeException {
    WarehouseBusyException(Path warehouse) {
        super("another import into " + warehouse + " is running; try again when it has finished");
    }
}
