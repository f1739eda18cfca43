package com.digitrecognizer.security;

/** The two roles: everyone who logs in is a USER; admins review corrections and see the audit log. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String USER = "USER";

    private Roles() {
    }
}
