package com.digitrecognizer.security;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** One line of the audit log: who did what, when. */
@Table
public record AuditEntry(@Id Long id, Instant at, String actor, String action, String detail) {
}
