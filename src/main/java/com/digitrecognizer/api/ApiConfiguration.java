package com.digitrecognizer.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ApiProperties.class)
@OpenAPIDefinition(info = @Info(title = "Digit Recognizer API", version = "v1",
        description = "A CNN trained on MNIST recognises handwritten digits in images, and says so when an image "
                + "is no digit or when it is not sure which digit it is. "
                + "Errors are RFC 9457 problem details (application/problem+json)."))
class ApiConfiguration {
}
