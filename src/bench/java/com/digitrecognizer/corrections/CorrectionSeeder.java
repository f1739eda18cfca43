package com.digitrecognizer.corrections;

import org.flywaydb.core.Flyway;

import java.awt.image.BufferedImage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * Fills a corrections database for the admin grid's benchmark: migrates it (Flyway, as the app
 * does) and inserts COUNT corrections spread over the last 300 days, in batches.
 * Arguments: JDBC-URL COUNT [USER [PASSWORD]].
 */
public final class CorrectionSeeder {

    private static final String[] STATUSES = {"NEW", "NEW", "ACCEPTED", "DISCARDED"};

    private CorrectionSeeder() {
    }

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        String user = args.length > 2 ? args[2] : "sa";
        String password = args.length > 3 ? args[3] : "";
        Flyway.configure().dataSource(url, user, password).load().migrate();
        Random random = new Random(15);
        byte[] seen = new byte[784];
        for (int y = 4; y < 24; y++) {
            seen[y * 28 + 14] = (byte) 255; // a 1, as the network sees it
        }
        byte[] png = Drawings.encode(new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY));
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO correction (created_at, label, "
                     + "model_answer, verdict, probabilities, model_version, channel, session_key, status, image, "
                     + "network_input) VALUES (?, ?, ?, 'digit', '', 'mnist-cnn-bench', 'view', NULL, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            Instant now = Instant.now();
            for (int i = 0; i < count; i++) {
                insert.setTimestamp(1, Timestamp.from(now.minus(Duration.ofSeconds(random.nextInt(300 * 86_400)))));
                insert.setString(2, String.valueOf(random.nextInt(10)));
                insert.setString(3, String.valueOf(random.nextInt(10)));
                insert.setString(4, STATUSES[random.nextInt(STATUSES.length)]);
                insert.setBytes(5, png);
                insert.setBytes(6, seen);
                insert.addBatch();
                if (i % 1000 == 999 || i == count - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
        System.out.printf("%d corrections in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }
}
