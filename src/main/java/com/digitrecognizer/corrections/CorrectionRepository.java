package com.digitrecognizer.corrections;

import com.digitrecognizer.corrections.Correction.Status;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import java.time.Instant;
import java.util.Collection;

interface CorrectionRepository extends ListCrudRepository<Correction, Long>,
        PagingAndSortingRepository<Correction, Long> {

    @Modifying
    @Query("UPDATE correction SET status = :status WHERE id IN (:ids)")
    int updateStatus(Collection<Long> ids, Status status);

    @Modifying
    @Query("DELETE FROM correction WHERE created_at < :before")
    int deleteCreatedBefore(Instant before);
}
