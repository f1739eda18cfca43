package com.digitrecognizer.corrections;

import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import com.digitrecognizer.security.AuditLog;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The corrections store on a real PostgreSQL 17, started by the test. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({Corrections.class, CorrectionQueries.class, Exports.class, AuditLog.class})
class PostgresCorrectionsStoreTest extends CorrectionsStoreContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Postgres.use(registry, Postgres.newDatabase());
    }
}
