import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The corrections' write in a JVM of its own, the ceiling under the app's (bench/corrections-write.sh):
 * the app's INSERT into the app's schema (its Flyway migrations' SQL) in the database at URL, one 15 KB
 * image a row (as a drawing's PNG: incompressible), committed on its own, WARM-UP (500) then COUNT (3000)
 * at RATE (50) a second from one thread; prints the share within 1, 2 and 5 ms, p50, p99 and max.
 *
 * <p>Usage, from the repository root, the driver's jar on the class path (the version the app's jar
 * holds, {@code unzip -l target/*.jar | grep -e h2- -e postgresql-}):
 * {@code java -cp ~/.m2/repository/com/h2database/h2/V/h2-V.jar bench/WriteProbe.java
 * "jdbc:h2:file:DIR/corrections;WRITE_DELAY=0;CACHE_SIZE=1024" [COUNT] [RATE]} (DIR a fresh folder; the
 * app's own settings), or with PostgreSQL's driver and {@code jdbc:postgresql://127.0.0.1:PORT/postgres}
 * (user postgres, no password: a fresh server of bench/postgres.sh).
 */
class WriteProbe {

    private static final int WARM_UP = 500;
    private static final String INSERT = "INSERT INTO correction (created_at, label, model_answer, verdict, probabilities, "
            + "model_version, channel, session_key, status, image, network_input) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java -cp DRIVER.jar bench/WriteProbe.java URL [COUNT=3000] [RATE=50]");
            System.exit(2);
        }
        String url = args[0];
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        long[] nanos = new long[count];
        try (Connection connection = DriverManager.getConnection(url, url.startsWith("jdbc:postgresql:") ? "postgres" : "sa", "")) {
            migrate(connection);
            Random random = new Random(1);
            byte[] image = new byte[15_000];
            byte[] networkInput = new byte[784];
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long next = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"})) {
                for (int i = 0; i < WARM_UP + count; i++) {
                    next += interval;
                    TimeUnit.NANOSECONDS.sleep(next - System.nanoTime());
                    random.nextBytes(image);
                    random.nextBytes(networkInput);
                    long start = System.nanoTime();
                    insert(insert, image, networkInput);
                    if (i >= WARM_UP) {
                        nanos[i - WARM_UP] = System.nanoTime() - start;
                    }
                }
            }
        }
        Arrays.sort(nanos);
        System.out.printf("write alone (%s, %d at %d/s): within 1 / 2 / 5 ms %.2f / %.2f / %.2f %%, p50 %.2f ms,"
                        + " p99 %.2f ms, max %.1f ms%n", url, count, rate, within(nanos, 1), within(nanos, 2),
                within(nanos, 5), nanos[count / 2] / 1e6, nanos[(int) Math.ceil(0.99 * count) - 1] / 1e6,
                nanos[count - 1] / 1e6);
    }

    private static void migrate(Connection connection) throws Exception {
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration")); Statement statement = connection.createStatement()) {
            for (Path script : scripts.sorted().toList()) {
                for (String sql : Files.readString(script).replaceAll("--[^\n]*", "").split(";\\s*(\n|$)")) { // a statement ends a line: a ';' in a string does not
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
        }
    }

    private static void insert(PreparedStatement insert, byte[] image, byte[] networkInput) throws SQLException {
        insert.setObject(1, OffsetDateTime.now());
        insert.setString(2, "7");
        insert.setString(3, "1");
        insert.setString(4, "digit");
        insert.setString(5, "0.001,".repeat(10) + "0.99");
        insert.setString(6, "digits-1");
        insert.setString(7, "api");
        insert.setString(8, null);
        insert.setString(9, "NEW");
        insert.setBytes(10, image);
        insert.setBytes(11, networkInput);
        insert.executeUpdate();
        try (ResultSet key = insert.getGeneratedKeys()) {
            key.next();
        }
    }

    private static double within(long[] sorted, int ms) {
        long bound = TimeUnit.MILLISECONDS.toNanos(ms);
        int n = 0;
        while (n < sorted.length && sorted[n] <= bound) {
            n++;
        }
        return 100.0 * n / sorted.length;
    }
}
