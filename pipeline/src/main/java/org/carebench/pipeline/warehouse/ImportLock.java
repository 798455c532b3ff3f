package org.carebench.pipeline.warehouse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One import at a time per warehouse, across processes (cron and a person at the command line):
 * an OS file lock on the warehouse's lock file, held from the first write of a new snapshot to its publish.
 */
final class ImportLock {

    private static final Map<Path, FileLock> HELD = new ConcurrentHashMap<>();

    private ImportLock() {}

    static synchronized void acquire(Path warehouse, Path lockFile) throws IOException {
        Files.createDirectories(warehouse);
        if (HELD.containsKey(warehouse)) {
            throw new WarehouseBusyException(warehouse);
        }
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new WarehouseBusyException(warehouse);
        }
        HELD.put(warehouse, lock);
    }

    static synchronized void release(Path warehouse) throws IOException {
        FileLock lock = HELD.remove(warehouse);
        if (lock != null) {
            lock.release();
            lock.channel().close();
        }
    }
}
