package com.digitrecognizer.security;

/**
 * Whether anyone can log in at all: with neither an admin password nor an LDAP directory in the
 * settings, the admin area stays closed, and the login page says so rather than refusing every try.
 */
public record LoginSources(boolean any) {
}
