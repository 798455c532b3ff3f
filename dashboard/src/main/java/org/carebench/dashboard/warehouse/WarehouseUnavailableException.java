package org.carebench.dashboard.warehouse;

/** No snapshot has been published yet, or the published one cannot be opened. */
public class WarehouseUnavailableException extends RuntimeException {

    public WarehouseUnavailableException(String message) {
        super(message);
    }

    public WarehouseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
