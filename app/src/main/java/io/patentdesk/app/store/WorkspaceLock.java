package io.patentdesk.app.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock beside the database so two PatentDesk processes never autosave over each other. The OS drops
 * it when the process dies (even on kill -9), so a crash never leaves the workspace locked.
 */
final class WorkspaceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(Path databaseFile) {
        Path lockFile = databaseFile.resolveSibling(databaseFile.getFileName() + ".lock");
        FileChannel ch = null;
        try {
            PrivateFiles.createFile(lockFile);
            ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l == null) {
                ch.close();
                throw new WorkspaceLockedException(databaseFile, null);
            }
            return new WorkspaceLock(ch, l);
        } catch (OverlappingFileLockException e) {
            closeQuietly(ch);
            throw new WorkspaceLockedException(databaseFile, e);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new StoreException("Could not lock the workspace " + databaseFile + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // the lock attempt already failed; that failure is what the user needs to hear about
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StoreException("Could not release the workspace lock: " + e.getMessage(), e);
        }
    }
}
