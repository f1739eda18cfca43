package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnNumbers;
import com.digitrecognizer.MnistTestDigits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The network in bfloat16 — oneDNN's kernels on a CPU that multiplies it, as deploy/run.sh starts the
 * app there — answers as it does in float32. Run by Failsafe, whose JVM keeps TensorFlow's default
 * oneDNN kernels (Surefire's has its own kernels); skipped on a CPU without bfloat16 hardware.
 */
class Bfloat16IT {

    @BeforeAll
    static void needsOneDnnOnBfloat16Hardware() {
        Kernels kernels = Kernels.ofThisProcess();
        assumeTrue(kernels.bfloat16(), "needs oneDNN's kernels on a CPU that multiplies bfloat16; here: " + kernels.description());
    }

    @Test
    void digitsAreAnsweredAsInFloat32() {
        int count = 1000;
        float[] images = MnistTestDigits.images(0, count);
        try (DigitClassifier bfloat16 = DigitClassifier.load(RecognizerTest.MODEL, 1, true);
             DigitClassifier float32 = DigitClassifier.load(RecognizerTest.MODEL, 1, false)) {
            float[] fast = bfloat16.classify(images, count);
            float[] exact = float32.classify(images, count);

            int sameDigit = 0;
            double difference = 0;
            for (int i = 0; i < count; i++) {
                sameDigit += ModelContract.argmax(fast, i) == ModelContract.argmax(exact, i) ? 1 : 0;
            }
            for (int k = 0; k < fast.length; k++) {
                difference += Math.abs(fast[k] - exact[k]);
            }
            assertThat(sameDigit).isGreaterThanOrEqualTo(count - 2);
            assertThat(difference / fast.length).as("mean difference of a probability").isBetween(1e-7, 1e-3);
        }
    }

    @Test
    void numbersAreReadAsInFloat32() {
        try (DigitClassifier bfloat16 = DigitClassifier.load(RecognizerTest.MODEL, 1, true);
             DigitClassifier float32 = DigitClassifier.load(RecognizerTest.MODEL, 1, false);
             Recognizer fast = recognizer(bfloat16);
             Recognizer exact = recognizer(float32)) {
            DrawnNumbers drawn = new DrawnNumbers(21);
            int count = 200;
            int same = 0;
            for (int i = 0; i < count; i++) {
                DrawnNumbers.Number number = drawn.next();
                InkRaster raster = new InkRaster(number.width(), number.height(), number.coverage());
                same += fast.read(raster).text().equals(exact.read(raster).text()) ? 1 : 0;
            }
            assertThat(same).isGreaterThanOrEqualTo(count - 3);
        }
    }

    private static Recognizer recognizer(DigitClassifier classifier) {
        return new Recognizer(new LiveModel(classifier), RecognizerTest.properties(64, Duration.ofSeconds(5)),
                new RecognitionMetrics(new SimpleMeterRegistry(), classifier.card()));
    }
}
