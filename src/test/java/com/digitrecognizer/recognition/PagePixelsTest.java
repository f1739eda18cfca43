package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.RecognitionException.Reason;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PagePixelsTest {

    private final PagePixels pixels = new PagePixels(1000, Duration.ofMillis(20));

    /** While uploads hold the pixels, one more is refused as busy; once they are read, it is taken. */
    @Test
    void anUploadBeyondThePixelsHeldIsBusyUntilTheyAreGivenBack() {
        PagePixels.Share first = pixels.share();
        first.take(600);
        try (PagePixels.Share second = pixels.share()) {
            assertThatThrownBy(() -> second.take(500))
                    .isInstanceOf(RecognitionException.class)
                    .extracting(e -> ((RecognitionException) e).reason()).isEqualTo(Reason.BUSY);
            assertThatNoException().isThrownBy(() -> second.take(400));
        }

        first.close();

        try (PagePixels.Share third = pixels.share()) {
            assertThatNoException().isThrownBy(() -> third.take(1000));
        }
    }

    /** An upload larger than all the pixels takes them all, alone, rather than never. */
    @Test
    void anUploadLargerThanAllThePixelsTakesThemAll() {
        try (PagePixels.Share large = pixels.share()) {
            large.take(5000);
            try (PagePixels.Share small = pixels.share()) {
                assertThatThrownBy(() -> small.take(1)).isInstanceOf(RecognitionException.class);
            }
        }
        try (PagePixels.Share small = pixels.share()) {
            assertThatNoException().isThrownBy(() -> small.take(1000));
        }
    }
}
