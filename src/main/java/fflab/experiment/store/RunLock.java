package fflab.experiment.store;

import fflab.FflabException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive claim on one run, held while it runs: an OS file lock on a lock file, so that two
 * sweeps (processes or threads) on the same results folder never run the same run at once. The OS
 * drops the lock when the holder dies, even by {@code kill -9}. Lock files are never deleted:
 * deleting one while another process waits on it would let two processes lock different files.
 */
public final class RunLock implements AutoCloseable {
    /**
     * Lock files this JVM holds. Needed because closing any channel of a file drops every lock the
     * JVM holds on it (POSIX locks are per process), so a second thread must not even open it.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process or thread holds it. Never waits. */
    public static Optional<RunLock> tryAcquire(Path lockFile) {
        Path file = lockFile.toAbsolutePath().normalize();
        if (!HELD_HERE.add(file)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new RunLock(file, channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // held by this JVM through a path HELD_HERE did not see; treat as taken
        } catch (IOException e) {
            HELD_HERE.remove(file);
            closeQuietly(channel);
            throw new FflabException("cannot lock " + file + ": " + e.getMessage(), e);
        }
        HELD_HERE.remove(file);
        closeQuietly(channel);
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it too
        } finally {
            closeQuietly(channel);
            HELD_HERE.remove(file);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing held through it any more
            }
        }
    }
}
