package com.digitrecognizer.corrections;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The corrections store on a real PostgreSQL 17, started by the test. */
class PostgresCorrectionsStoreTest extends CorrectionsStoreContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Postgres.use(registry, Postgres.newDatabase());
    }
}
