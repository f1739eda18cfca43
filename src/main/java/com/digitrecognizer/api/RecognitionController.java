package com.digitrecognizer.api;

import com.digitrecognizer.recognition.ModelCard;
import com.digitrecognizer.recognition.Recognizer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
import static org.springframework.http.MediaType.APPLICATION_OCTET_STREAM_VALUE;
import static org.springframework.http.MediaType.IMAGE_GIF_VALUE;
import static org.springframework.http.MediaType.IMAGE_JPEG_VALUE;
import static org.springframework.http.MediaType.IMAGE_PNG_VALUE;
import static org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE;

/** Recognises digits in images sent over HTTP, and tells which model does it. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Digits", description = "Handwritten digit recognition")
class RecognitionController {

    private final Recognizer recognizer;
    private final BodyReader bodyReader;

    RecognitionController(Recognizer recognizer, BodyReader bodyReader) {
        this.recognizer = recognizer;
        this.bodyReader = bodyReader;
    }

    @Operation(summary = "Recognise the digit in one image, or say that it is none or unsure",
            description = "The body is the image (PNG, JPEG, GIF or BMP) with its Content-Type, or a "
                    + "multipart/form-data field 'image'. Dark ink on a light page, light ink on a dark one, or "
                    + "ink on a transparent page.")
    @ImageBody
    @ApiResponse(responseCode = "200", description = "The verdict: a digit, unsure between two, or not a digit")
    @RefusalResponses
    @PostMapping(path = "/predict",
            consumes = {IMAGE_PNG_VALUE, IMAGE_JPEG_VALUE, IMAGE_GIF_VALUE, ImageBody.IMAGE_BMP_VALUE, APPLICATION_OCTET_STREAM_VALUE},
            produces = APPLICATION_JSON_VALUE)
    DigitPrediction predict(HttpServletRequest request) {
        return DigitPrediction.of(recognizer.recognize(bodyReader.read(request)));
    }

    @Operation(hidden = true) // documented with the method above: OpenAPI has one operation per path and method
    @PostMapping(path = "/predict", consumes = MULTIPART_FORM_DATA_VALUE, produces = APPLICATION_JSON_VALUE)
    DigitPrediction predict(@RequestPart("image") MultipartFile image, MultipartHttpServletRequest form)
            throws IOException {
        return DigitPrediction.of(recognizer.recognize(theOnly(image, form)));
    }

    @Operation(summary = "Recognise the digits in several images at once",
            description = "Up to 256 form fields 'image' (server.tomcat.max-part-count), answered in the same order by one "
                    + "inference. One bad image refuses the whole batch; the detail names its position.")
    @ApiResponse(responseCode = "200", description = "A verdict per image, in the order of the images")
    @RefusalResponses
    @PostMapping(path = "/predict/batch", consumes = MULTIPART_FORM_DATA_VALUE, produces = APPLICATION_JSON_VALUE)
    List<DigitPrediction> predictAll(@RequestPart("image") List<MultipartFile> images) throws IOException {
        List<byte[]> bytes = new ArrayList<>(images.size());
        for (MultipartFile image : images) {
            bytes.add(image.getBytes());
        }
        return recognizer.recognizeAll(bytes).stream().map(DigitPrediction::of).toList();
    }

    @Operation(summary = "Read a number: one digit or many, written on one line",
            description = "The same body as /predict (raw image or multipart field 'image', the same limits). The "
                    + "digits are found, cut apart where they touch, and each judged as /predict judges one; where "
                    + "touching digits cannot be cut apart, the model's line reader, which reads the line whole, fills "
                    + "them in if it is sure and agrees with the digits around them; a digit "
                    + "that is not accepted shows as \"?\" in text and makes the reading not accepted, so that a "
                    + "number is never silently misread. At most recognition.max-digits digits (422 beyond).")
    @ImageBody
    @ApiResponse(responseCode = "200", description = "The number read, and every digit in it with its box")
    @RefusalResponses
    @PostMapping(path = "/read",
            consumes = {IMAGE_PNG_VALUE, IMAGE_JPEG_VALUE, IMAGE_GIF_VALUE, ImageBody.IMAGE_BMP_VALUE, APPLICATION_OCTET_STREAM_VALUE},
            produces = APPLICATION_JSON_VALUE)
    NumberReading read(HttpServletRequest request) {
        return NumberReading.of(recognizer.read(bodyReader.read(request)));
    }

    @Operation(hidden = true) // documented with the method above
    @PostMapping(path = "/read", consumes = MULTIPART_FORM_DATA_VALUE, produces = APPLICATION_JSON_VALUE)
    NumberReading read(@RequestPart("image") MultipartFile image, MultipartHttpServletRequest form) throws IOException {
        return NumberReading.of(recognizer.read(theOnly(image, form)));
    }

    /** A form's one image; a second is refused, since which one was meant would be a guess. */
    private static byte[] theOnly(MultipartFile image, MultipartHttpServletRequest form) throws IOException {
        int images = form.getFiles("image").size();
        if (images > 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "One image, not " + images
                    + ", is read here; several are read by /api/v1/predict/batch.");
        }
        return image.getBytes();
    }

    @Operation(summary = "The model in service",
            description = "Its model card: version, architecture, test accuracy, per-class accuracy, confusion "
                    + "matrix, and the input and output of the network.")
    @GetMapping(path = "/model", produces = APPLICATION_JSON_VALUE)
    ModelCard model() {
        return recognizer.model();
    }
}
