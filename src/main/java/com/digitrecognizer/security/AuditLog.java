package com.digitrecognizer.security;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;

/**
 * The audit log of admin actions, in the database: who (the logged-in user's name), what, when.
 * Called inside the action's own transaction where it has one, so that an action and its line
 * are kept or lost together.
 */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 1000;

    private final AuditRepository repository;

    AuditLog(AuditRepository repository) {
        this.repository = repository;
    }

    /** Records an action of the user logged in on this thread ("system" when none, e.g. the scheduled purge). */
    public void record(String action, String detail) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        record(user != null && user.isAuthenticated() ? user.getName() : "system", action, detail);
    }

    void record(String actor, String action, String detail) {
        repository.save(new AuditEntry(null, Instant.now(), actor, action,
                detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail));
    }

    /** One page of the entries, newest first. */
    public List<AuditEntry> newest(int page, int size) {
        return repository.findAll(PageRequest.of(page, size, Sort.by(Sort.Order.desc("at"),
                Sort.Order.desc("id")))).getContent();
    }

    public long count() {
        return repository.count();
    }
}
