package org.carebench.dashboard.warehouse;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the pipeline publishes warehouse snapshots, and which local authority a first visit shows.
 *
 * @param warehouse directory holding the {@code current} pointer file and the snapshots it names
 * @param defaultLa DfE 3-digit code of the local authority shown when the address names none
 */
@ConfigurationProperties(prefix = "carebench")
public record WarehouseProperties(
        @DefaultValue("data/warehouse") Path warehouse,
        @DefaultValue("358") String defaultLa) {}
