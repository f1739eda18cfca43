package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnNumbers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Reading a 6-digit number in-process, from the canvas's ink raster to the text: segmentation,
 * the search for the best sequence of candidates, the line read beside it. Twenty numbers of MNIST test digits, read
 * in turn; beside it, one digit read and predicted, as the yardstick of the same run, and a long number (sixteen
 * digits, ten numbers in turn).
 * <pre>./mvnw -Pbench -Dbench.args="ReadingBenchmark -f 1 -wi 3 -i 5"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadingBenchmark {

    /** Digits apart, or touching and overlapping (up to a quarter of the narrower one's width). */
    @Param({"false", "true"})
    public boolean touching;

    private DigitClassifier classifier;
    private Recognizer recognizer;
    private InkRaster[] numbers;
    private InkRaster[] longNumbers;
    private InkRaster digit;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        classifier = DigitClassifier.load(Path.of("saved_model"), 1);
        recognizer = BenchRecognizers.of(classifier, false);
        DrawnNumbers drawn = new DrawnNumbers(2027);
        numbers = new InkRaster[20];
        for (int i = 0; i < numbers.length; i++) {
            DrawnNumbers.Number number = drawn.next(6, touching);
            numbers[i] = new InkRaster(number.width(), number.height(), number.coverage());
        }
        DrawnNumbers.Number one = drawn.next(1, false);
        digit = new InkRaster(one.width(), one.height(), one.coverage());
        longNumbers = new InkRaster[10];
        for (int i = 0; i < longNumbers.length; i++) {
            DrawnNumbers.Number number = drawn.next(16, touching);
            longNumbers[i] = new InkRaster(number.width(), number.height(), number.coverage());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        recognizer.close();
        classifier.close();
    }

    @Benchmark
    public Reading readSixDigits() {
        next = (next + 1) % numbers.length;
        return recognizer.read(numbers[next]);
    }

    @Benchmark
    public Reading readSixteenDigits() {
        next = (next + 1) % longNumbers.length;
        return recognizer.read(longNumbers[next]);
    }

    /** The pad's path for one digit: the reader, whose one-digit case it is. */
    @Benchmark
    public Reading readOneDigit() {
        return recognizer.read(digit);
    }

    @Benchmark
    public Prediction predictOneDigit() {
        return recognizer.recognize(digit);
    }
}
