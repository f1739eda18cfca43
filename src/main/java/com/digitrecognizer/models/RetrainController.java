package com.digitrecognizer.models;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
import static org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

/** Retraining over HTTP (admins): start a job, follow it, cancel it. */
@RestController
@RequestMapping("/api/v1/models")
@Tag(name = "Models", description = "Model versions and their retraining on accepted corrections")
@SecurityRequirement(name = "basic")
class RetrainController {

    private final RetrainJobs jobs;

    RetrainController(RetrainJobs jobs) {
        this.jobs = jobs;
    }

    @Operation(summary = "Start retraining on the accepted corrections (admins)", description = "Fine-tunes the live"
            + " model on MNIST and the accepted corrections in the background; the job's address is in Location.")
    @ApiResponse(responseCode = "202", description = "Started; follow it at Location")
    @ApiResponse(responseCode = "409", description = "A job is already running, or there are no accepted corrections",
            content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/retrain", produces = APPLICATION_JSON_VALUE)
    ResponseEntity<RetrainStatus> retrain(Authentication who) {
        RetrainStatus started;
        try {
            started = jobs.start(who.getName());
        } catch (RetrainJobs.RetrainConflict e) {
            throw new ErrorResponseException(HttpStatus.CONFLICT,
                    ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()), e);
        }
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/models/jobs/{id}")
                .buildAndExpand(started.id()).toUri();
        return ResponseEntity.accepted().location(location).body(started);
    }

    @Operation(summary = "A retraining job: its state, progress, and once done its version and gate (admins)")
    @GetMapping(path = "/jobs/{id}", produces = APPLICATION_JSON_VALUE)
    RetrainStatus job(@PathVariable long id) {
        return jobs.find(id).orElseThrow(() -> notFound(id));
    }

    @Operation(summary = "Cancel a running retraining job (admins)", description = "It stops at its next step and"
            + " leaves no model behind; follow it to state CANCELLED.")
    @ApiResponse(responseCode = "202", description = "Cancel requested")
    @ApiResponse(responseCode = "409", description = "The job is not running",
            content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @DeleteMapping(path = "/jobs/{id}", produces = APPLICATION_JSON_VALUE)
    ResponseEntity<RetrainStatus> cancel(@PathVariable long id) {
        RetrainStatus job = jobs.find(id).orElseThrow(() -> notFound(id));
        if (!jobs.cancel(id)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Retraining job " + id + " is not running: "
                    + job.state() + ".");
        }
        return ResponseEntity.accepted().body(jobs.find(id).orElseThrow());
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no retraining job " + id + ".");
    }
}
