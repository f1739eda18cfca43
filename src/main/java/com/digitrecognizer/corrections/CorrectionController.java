package com.digitrecognizer.corrections;

import com.digitrecognizer.recognition.Recognizer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
import static org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
import static org.springframework.http.MediaType.IMAGE_PNG_VALUE;
import static org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE;

/**
 * Corrections over HTTP: anyone may send one (within a per-client rate); admins list, read and
 * delete them. Image errors are the recognition API's own (the same decoder and limits), answered
 * as problem+json by the API's exception handler.
 */
@RestController
@RequestMapping("/api/v1/corrections")
@Tag(name = "Corrections", description = "The right answers to the recogniser's wrong ones, for review and training")
class CorrectionController {

    static final int MAX_PAGE_SIZE = 100;

    private final Corrections corrections;
    private final Recognizer recognizer;
    private final FloodGuard floodGuard;

    CorrectionController(Corrections corrections, Recognizer recognizer, CorrectionsProperties properties) {
        this.corrections = corrections;
        this.recognizer = recognizer;
        this.floodGuard = new FloodGuard(properties.maxPerClientPerMinute());
    }

    @Operation(summary = "Send the right answer for an image",
            description = "The image (as for /predict, same limits) and its right label: a digit string such as "
                    + "\"7\" or \"2026\", or \"not-a-digit\". What the reader made of it (a digit or a number, as /read) is stored beside it.")
    @ApiResponse(responseCode = "201", description = "Saved (committed) before this answer; Location is its address")
    @ApiResponse(responseCode = "400", description = "Bad or missing label, bad image, more than one image, malformed multipart",
            content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Body or image over the limits of /predict",
            content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The image is blank, holds more digits than recognition.max-digits,"
            + " or two or more lines of writing",
            content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many corrections from this client, or the server is busy; see Retry-After",
            content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "The corrections database is not available; nothing was saved",
            content = @Content(mediaType = APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(consumes = MULTIPART_FORM_DATA_VALUE, produces = APPLICATION_JSON_VALUE)
    ResponseEntity<CorrectionJson> create(@RequestPart("image") MultipartFile image,
            @Parameter(description = "a digit string (\"7\", \"2026\") or \"not-a-digit\"") @RequestParam("label") String label,
            HttpServletRequest request) throws IOException {
        if (!floodGuard.tryAcquire(request.getRemoteAddr())) {
            ErrorResponseException tooMany = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS,
                    ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                            "Too many corrections from this client; try again shortly."), null);
            tooMany.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(floodGuard.secondsToWait()));
            throw tooMany;
        }
        int images = request instanceof MultipartHttpServletRequest form ? form.getFiles("image").size() : 1;
        if (images > 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A correction holds one image, not "
                    + images + ": which one the label is for would be a guess.");
        }
        if (!Labels.valid(label)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The label must be the right digits (1 to "
                    + Labels.MAX_DIGITS + " of 0-9, e.g. \"7\" or \"2026\") or \"" + Labels.NOT_A_DIGIT + "\".");
        }
        byte[] bytes = image.getBytes();
        Correction saved = corrections.save(bytes, recognizer.read(bytes), label);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(saved.id()).toUri();
        return ResponseEntity.created(location).body(json(saved));
    }

    @Operation(summary = "All corrections, newest first (admins)")
    @SecurityRequirement(name = "basic")
    @GetMapping(produces = APPLICATION_JSON_VALUE)
    CorrectionPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page must be 0 or more and size 1 to " + MAX_PAGE_SIZE + ".");
        }
        Page<Correction> found = corrections.newestFirst(page, size);
        return new CorrectionPage(found.getContent().stream().map(this::json).toList(), found.getNumber(),
                found.getSize(), found.getTotalElements(), found.getTotalPages());
    }

    @Operation(summary = "One correction (admins)")
    @SecurityRequirement(name = "basic")
    @GetMapping(path = "/{id}", produces = APPLICATION_JSON_VALUE)
    CorrectionJson get(@PathVariable long id) {
        return json(existing(id));
    }

    @Operation(summary = "One correction's drawing, a PNG (admins)")
    @SecurityRequirement(name = "basic")
    @GetMapping(path = "/{id}/image", produces = IMAGE_PNG_VALUE)
    byte[] image(@PathVariable long id) {
        return existing(id).image();
    }

    @Operation(summary = "Delete one correction (admins)")
    @SecurityRequirement(name = "basic")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        if (!corrections.delete(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    /** A page of corrections, with the totals a client pages by. */
    record CorrectionPage(List<CorrectionJson> content, int page, int size, long totalElements, int totalPages) {
    }

    private Correction existing(long id) {
        return corrections.find(id).orElseThrow(() -> notFound(id));
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no correction " + id + ".");
    }

    private CorrectionJson json(Correction correction) {
        return CorrectionJson.of(correction, ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/corrections/{id}/image").buildAndExpand(correction.id()).toUriString());
    }
}
