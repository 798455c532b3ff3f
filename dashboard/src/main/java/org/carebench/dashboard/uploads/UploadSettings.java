package org.carebench.dashboard.uploads;

import java.nio.file.Path;
import java.time.Duration;
import org.carebench.dashboard.warehouse.WarehouseProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Where uploads wait, which pipeline imports them, and the limits on both. */
@Component
class UploadSettings {

    private final Path warehouse;
    private final Path pipelineJar;
    private final Path jobs;
    private final DataSize maxSize;
    private final Duration importTimeout;

    UploadSettings(
            WarehouseProperties properties,
            @Value("${carebench.pipeline.jar:pipeline/target/carebench-pipeline.jar}") Path pipelineJar,
            @Value("${carebench.jobs:jobs}") Path jobs,
            @Value("${carebench.uploads.max-size:100MB}") DataSize maxSize,
            @Value("${carebench.uploads.import-timeout:30m}") Duration importTimeout) {
        this.warehouse = properties.warehouse().toAbsolutePath().normalize();
        this.pipelineJar = pipelineJar.toAbsolutePath();
        this.jobs = jobs.toAbsolutePath();
        this.maxSize = maxSize;
        this.importTimeout = importTimeout;
    }

    Path warehouse() {
        return warehouse;
    }

    Path pipelineJar() {
        return pipelineJar;
    }

    Path jobs() {
        return jobs;
    }

    DataSize maxSize() {
        return maxSize;
    }

    Duration importTimeout() {
        return importTimeout;
    }
}
