package com.digitrecognizer.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.springframework.http.MediaType.APPLICATION_OCTET_STREAM_VALUE;
import static org.springframework.http.MediaType.IMAGE_GIF_VALUE;
import static org.springframework.http.MediaType.IMAGE_JPEG_VALUE;
import static org.springframework.http.MediaType.IMAGE_PNG_VALUE;
import static org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE;

/** Documents (OpenAPI) a body of one image: raw with its Content-Type, or a multipart field 'image'. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@RequestBody(required = true, content = {
        @Content(mediaType = IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = IMAGE_GIF_VALUE, schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = ImageBody.IMAGE_BMP_VALUE, schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = MULTIPART_FORM_DATA_VALUE, schemaProperties =
                @SchemaProperty(name = "image", schema = @Schema(type = "string", format = "binary")))})
@interface ImageBody {

    String IMAGE_BMP_VALUE = "image/bmp";
}
