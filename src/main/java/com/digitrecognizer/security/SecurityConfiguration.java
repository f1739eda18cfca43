package com.digitrecognizer.security;

import com.digitrecognizer.ui.login.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Clock;
import java.util.Set;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Two filter chains. The API's (and operations' and the API docs'): stateless HTTP Basic for other
 * systems, or an admin's login session; anyone may predict and send corrections, only admins read,
 * delete, manage model versions (and retrain them) and see health details. Vaadin's, for the pages: a login view, views open or closed by
 * their annotations ({@code @AnonymousAllowed}, {@code @RolesAllowed}), Vaadin's own CSRF handling.
 * Logins from both go through one {@link ThrottledAuthenticationManager}.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final String CORRECTIONS = "/api/v1/corrections";
    private static final String MODELS = "/api/v1/models";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginSources loginSources(SecurityProperties settings) {
        return new LoginSources(settings.admin().enabled() || settings.ldap().enabled());
    }

    @Bean
    AuthenticationManager authenticationManager(SecurityProperties settings, PasswordEncoder encoder, AuditLog audit) {
        LoginThrottle throttle = new LoginThrottle(settings.login().maxFailures(), settings.login().lockout(),
                Clock.systemUTC());
        return new ThrottledAuthenticationManager(Logins.manager(settings, encoder), throttle, audit);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager logins) {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authenticationManager(logins)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(pathPattern(HttpMethod.POST, CORRECTIONS)).permitAll()
                        .requestMatchers(pathPattern(CORRECTIONS), pathPattern(CORRECTIONS + "/**")).hasRole(Roles.ADMIN)
                        .requestMatchers(pathPattern(MODELS), pathPattern(MODELS + "/**")).hasRole(Roles.ADMIN)
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                // CSRF guards what a browser's cookie would authorise: admins' changes made with the
                // login session. Basic credentials are sent on purpose, and open endpoints grant nothing.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::adminChangeBySession));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain viewSecurity(HttpSecurity http, AuthenticationManager logins) {
        http.authenticationManager(logins)
                // the error page (api.ContainerErrors) answers whoever got the error, not a redirect to the login
                .authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(pathPattern("/styles.css")).permitAll())
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    private static boolean adminChangeBySession(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !SAFE_METHODS.contains(request.getMethod())
                && (path.startsWith(CORRECTIONS + "/") || path.startsWith(MODELS + "/"))
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getSession(false) != null; // without a session an anonymous caller gets its 401
    }
}
