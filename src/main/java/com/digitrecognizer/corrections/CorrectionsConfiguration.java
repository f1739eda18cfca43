package com.digitrecognizer.corrections;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduling for the daily {@link RetentionPurge}; the admin part of the corrections API described
 * (OpenAPI) as needing HTTP Basic.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(CorrectionsProperties.class)
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "An admin's user name and password (role ADMIN); a browser's login session works too")
class CorrectionsConfiguration {
}
