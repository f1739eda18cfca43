package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.DrawnDigits.Page;
import com.digitrecognizer.MnistTestDigits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Single-thread costs of each recognition step on a 280x280 drawing. Sample mode, so the
 * output has medians (p0.50).
 * <pre>./mvnw -Pbench -Dbench.args="RecognitionBenchmark -f 1 -wi 3 -i 5"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RecognitionBenchmark {

    /** Whether single recognitions go through the {@link MicroBatcher} (one thread here: batches of one). */
    @Param({"false", "true"})
    public boolean batching;

    /**
     * canvas: a transparent RGBA canvas PNG (MNIST's first test digit drawn 200 px high);
     * api: the grey 280x280 PNG that the HTTP load posts (src/test/resources/api/digit-7.png).
     */
    @Param({"canvas", "api"})
    public String image;

    private DigitClassifier classifier;
    private Recognizer recognizer;
    private ImageDecoder decoder;
    private byte[] png;
    private InkRaster raster;
    private InkMap ink;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        classifier = DigitClassifier.load(Path.of("saved_model"), 1);
        recognizer = new Recognizer(new LiveModel(classifier),
                new RecognitionProperties(Path.of("saved_model"), 1, 4096L * 4096, 64, Duration.ofSeconds(1), 1 << 22,
                        0.8f, 0.87f, 20,
                        new RecognitionProperties.Batching(batching, 32, Duration.ZERO)),
                new RecognitionMetrics(new SimpleMeterRegistry(), classifier.card()));
        decoder = new ImageDecoder(4096L * 4096);
        BufferedImage drawing = DrawnDigits.draw(MnistTestDigits.image(0), 280, 200, 40, 30, 1, Page.TRANSPARENT);
        png = image.equals("api") ? Files.readAllBytes(Path.of("src/test/resources/api/digit-7.png"))
                : DrawnDigits.png(drawing);
        byte[] coverage = new byte[280 * 280];
        for (int i = 0; i < coverage.length; i++) {
            coverage[i] = (byte) (drawing.getRGB(i % 280, i / 280) >>> 24);
        }
        raster = new InkRaster(280, 280, coverage);
        ink = decoder.decode(png);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        recognizer.close();
        classifier.close();
    }

    @Benchmark
    public InkMap decodePng() {
        return decoder.decode(png);
    }

    @Benchmark
    public float[] normalize() {
        return Preprocessor.normalizePage(ink);
    }

    /** In-process single prediction from the canvas: preprocess + inference. */
    @Benchmark
    public Prediction recognizeRaster() {
        return recognizer.recognize(raster);
    }

    /** End to end from a 280x280 PNG: decode + preprocess + inference. */
    @Benchmark
    public Prediction recognizePng() {
        return recognizer.recognize(png);
    }
}
