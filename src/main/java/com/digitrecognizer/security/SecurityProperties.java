package com.digitrecognizer.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings under {@code security.*} (documented in application.properties and the README).
 *
 * @param requireLogin whether the drawing page, too, asks for a login (the admin area always does)
 * @param admin        the one admin given by settings
 * @param login        how many wrong passwords lock a user name out, from one address, and for how long
 * @param ldap         an LDAP directory or Active Directory to log in against; off while its URL is empty
 */
@ConfigurationProperties("security")
record SecurityProperties(
        @DefaultValue("false") boolean requireLogin,
        @DefaultValue Admin admin,
        @DefaultValue Login login,
        @DefaultValue Ldap ldap) {

    /**
     * @param username the admin's user name
     * @param password plain (e.g. from SECURITY_ADMIN_PASSWORD) or encoded with its id, e.g.
     *                 {@code {bcrypt}$2a$10$...}; empty: no admin from settings
     */
    record Admin(@DefaultValue("admin") String username, @DefaultValue("") String password) {

        boolean enabled() {
            return !password.isBlank();
        }
    }

    /**
     * @param maxFailures wrong passwords in a row, for one user name from one address, before it is locked out
     * @param lockout     how long it stays locked out
     */
    record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout) {
    }

    /**
     * @param url                   e.g. {@code ldap://ldap.example.internal:389/dc=example,dc=org}; empty: off
     * @param activeDirectoryDomain set for Active Directory (e.g. {@code example.internal}): users log in as
     *                              {@code name} or {@code name@domain}, and the other LDAP settings but url go unused
     * @param userDnPattern         where a user's entry is, relative to the URL's base, {0} the user name
     * @param groupSearchBase       where groups are, relative to the base
     * @param groupSearchFilter     which groups a user is in, {0} the user's DN
     * @param adminGroup            the group (its cn) whose members are admins; everyone else who logs in is a user
     * @param managerDn             who searches the directory, when it cannot be searched anonymously
     * @param managerPassword       that account's password
     */
    record Ldap(@DefaultValue("") String url,
                @DefaultValue("") String activeDirectoryDomain,
                @DefaultValue("uid={0},ou=people") String userDnPattern,
                @DefaultValue("ou=groups") String groupSearchBase,
                @DefaultValue("(member={0})") String groupSearchFilter,
                @DefaultValue("digit-admins") String adminGroup,
                @DefaultValue("") String managerDn,
                @DefaultValue("") String managerPassword) {

        boolean enabled() {
            return !url.isBlank();
        }
    }
}
