package com.digitrecognizer.models;

import com.digitrecognizer.corrections.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The registry on a real PostgreSQL 17, started by the test. */
class PostgresModelRegistryTest extends ModelRegistryContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Postgres.use(registry, Postgres.newDatabase());
    }
}
