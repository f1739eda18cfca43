import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.DELETE_ON_CLOSE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

/**
 * The disk's own commit latency, the ceiling under a database that syncs every commit: writes
 * 8 KB (a PostgreSQL WAL page) and waits until the disk has it, COUNT times at RATE a second, and
 * prints the wait's p50, p99 and max. As PostgreSQL's WAL on Linux: into a file written and
 * synced once beforehand (its size never changes), one block after another, each waited for
 * with fdatasync (FileChannel.force(false); wal_sync_method's default). The file is removed.
 *
 * <p>Usage: {@code java bench/FsyncProbe.java DIR [COUNT=1000] [RATE=50]}, DIR on the database's
 * disk (bench/corrections-write.sh runs it for DB=postgres in PostgreSQL's data folder).
 */
class FsyncProbe {

    private static final int BLOCK = 8 * 1024;

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: java bench/FsyncProbe.java DIR [COUNT=1000] [RATE=50]");
            System.exit(2);
        }
        Path file = Path.of(args[0]).resolve("fsync-probe.tmp");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        long[] nanos = new long[count];
        try (FileChannel channel = FileChannel.open(file, CREATE_NEW, READ, WRITE, DELETE_ON_CLOSE)) {
            ByteBuffer block = ByteBuffer.allocate(BLOCK);
            for (int i = 0; i < count; i++) {
                channel.write(block.clear(), (long) i * BLOCK);
            }
            channel.force(true);
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long next = System.nanoTime();
            for (int i = 0; i < count; i++) {
                next += interval;
                long start = System.nanoTime();
                block.clear().putLong(0, start); // new content, as every commit has
                channel.write(block, (long) i * BLOCK);
                channel.force(false);
                nanos[i] = System.nanoTime() - start;
                TimeUnit.NANOSECONDS.sleep(next - System.nanoTime());
            }
        }
        Arrays.sort(nanos);
        System.out.printf("fsync alone (8 KB + fdatasync, %d at %d/s, in %s): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                count, rate, file.getParent(), ms(rank(nanos, 0.50)), ms(rank(nanos, 0.99)), ms(nanos[count - 1]));
    }

    /** The nearest-rank percentile of sorted values. */
    private static long rank(long[] sorted, double share) {
        return sorted[Math.max(0, (int) Math.ceil(share * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
