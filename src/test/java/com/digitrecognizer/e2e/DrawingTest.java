package com.digitrecognizer.e2e;

import com.digitrecognizer.e2e.RecognizerPage.Pointer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every digit drawn with mouse, finger and pen is recognised, live at the end of the stroke. */
class DrawingTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Pointer.class)
    void everyDigitIsRecognised(Pointer pointer) {
        Map<Integer, String> expected = new LinkedHashMap<>();
        Map<Integer, String> recognised = new LinkedHashMap<>();
        for (int digit = 0; digit <= 9; digit++) {
            page.clear();
            page.draw(digit, pointer);
            expected.put(digit, String.valueOf(digit));
            recognised.put(digit, page.prediction());
        }
        assertThat(page.pointerTypes()).containsExactly(pointer.name().toLowerCase(Locale.ROOT));
        // the whole map at once: a failure names every digit that went wrong
        assertThat(recognised).isEqualTo(expected);
    }
}
