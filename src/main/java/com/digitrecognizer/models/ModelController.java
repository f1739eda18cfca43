package com.digitrecognizer.models;

import com.digitrecognizer.recognition.ModelCard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.List;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
import static org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

/**
 * The model's versions for admins: list them, promote one or roll back. The list's ETag is the live
 * row's revision; a promotion sent with it in If-Match is refused (409) if another came first.
 */
@RestController
@RequestMapping("/api/v1/models")
@Tag(name = "Models", description = "The model's versions, and which one is live (admins)")
@SecurityRequirement(name = "basic")
class ModelController {

    private final ModelRegistry registry;

    ModelController(ModelRegistry registry) {
        this.registry = registry;
    }

    @Operation(summary = "Every version with its card, gate result and status, and which one is live")
    @ApiResponse(responseCode = "200", description = "The versions; the ETag is the live row's revision")
    @ApiResponse(responseCode = "503", description = "The database is not available, or has not said yet which version is live",
            content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(produces = APPLICATION_JSON_VALUE)
    ResponseEntity<Versions> list() {
        long revision = registry.liveRevision();
        List<VersionJson> versions = registry.versions().stream().map(VersionJson::of).toList();
        return ResponseEntity.ok().eTag(String.valueOf(revision))
                .body(new Versions(registry.live().number(), revision, versions));
    }

    @Operation(summary = "Make a version live (promote, or roll back to an older one)",
            description = "Recognitions already running finish on the old model, new ones use this one; other "
                    + "instances sharing the database follow within models.poll-interval.")
    @ApiResponse(responseCode = "200", description = "Live now on this instance; the ETag is the new revision")
    @ApiResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The version is broken, failed its gate, or another promotion came first",
            content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/{version}/promote", produces = APPLICATION_JSON_VALUE)
    ResponseEntity<VersionJson> promote(@PathVariable int version, Authentication admin,
            @Parameter(description = "the revision (ETag of the list) the promotion is based on")
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ModelVersion promoted = ifMatch == null ? registry.promote(version, admin.getName())
                : registry.promote(version, admin.getName(), revision(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(registry.liveRevision())).body(VersionJson.of(promoted));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(ModelRegistryException e) {
        HttpStatus status = switch (e.problem()) {
            case UNKNOWN_VERSION -> HttpStatus.NOT_FOUND;
            case NOT_KNOWN_YET -> HttpStatus.SERVICE_UNAVAILABLE;
            case BROKEN, GATE_FAILED, CONFLICT -> HttpStatus.CONFLICT;
        };
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, e.getMessage()));
    }

    private static long revision(String ifMatch) {
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "If-Match must be the list's ETag, a revision"
                    + " number such as \"3\"; got " + ifMatch + ".");
        }
    }

    record Versions(int live, long revision, List<VersionJson> versions) {
    }

    record VersionJson(int number, String name, ModelVersion.Status status, String brokenReason, boolean live,
                       String promotedBy, Instant promotedAt, GateResult gate, ModelCard card) {
        static VersionJson of(ModelVersion version) {
            return new VersionJson(version.number(), version.name(), version.status(), version.brokenReason(),
                    version.live(), version.promotedBy(), version.promotedAt(), version.gate(), version.card());
        }
    }
}
