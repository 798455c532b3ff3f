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
 * One writer at a time per warehouse, across processes (cron, a person at the command line, the
 * dashboard's rollback): an OS file lock on the warehouse's lock file, held by an import from the
 * first write of a new snapshot to its publish, and by a rollback while it moves the pointer.
 */
final class ImportLock {

    private static final Map<Path, FileLock> HELD = new ConcurrentHashMap<>();

    private ImportLock() {}

    static void acquire(Path warehouse, Path lockFile) throws IOException {
        if (!tryAcquire(warehouse, lockFile)) {
            throw new WarehouseBusyException(warehouse);
        }
    }

    static synchronized boolean tryAcquire(Path warehouse, Path lockFile) throws IOException {
        if (HELD.containsKey(warehouse)) {
            return false;
        }
        FileChannel channel;
        try {
            Files.createDirectories(warehouse);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WarehouseWriteException(lockFile, e);
        }
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            return false;
        }
        HELD.put(warehouse, lock);
        return true;
    }

    static synchronized void release(Path warehouse) throws IOException {
        FileLock lock = HELD.remove(warehouse);
        if (lock != null) {
            lock.release();
            lock.channel().close();
        }
    }
}
