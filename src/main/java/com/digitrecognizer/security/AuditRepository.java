package com.digitrecognizer.security;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface AuditRepository extends ListCrudRepository<AuditEntry, Long>, PagingAndSortingRepository<AuditEntry, Long> {
}
