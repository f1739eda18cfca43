package com.digitrecognizer.recognition;

import com.digitrecognizer.MnistTestDigits;
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
 * The bare model: one inference on {@code batch} MNIST digits (divide by batch for per image),
 * with {@code intraOp} TensorFlow threads inside the inference.
 * <pre>./mvnw -Pbench -Dbench.args="ClassifierBenchmark -f 1 -wi 3 -i 5"</pre>
 * Its multi-threaded ceiling (images/s from 4 threads, one image per inference):
 * <pre>./mvnw -Pbench -Dbench.args="ClassifierBenchmark -p batch=1 -p intraOp=1 -t 4 -bm thrpt -tu s -f 1 -wi 2 -i 3"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClassifierBenchmark {

    @Param({"1", "8", "32", "256"})
    public int batch;

    @Param({"1", "2"})
    public int intraOp;

    private DigitClassifier classifier;
    private float[] images;

    @Setup(Level.Trial)
    public void setUp() {
        classifier = DigitClassifier.load(Path.of("saved_model"), intraOp);
        images = new float[batch * ModelContract.PIXELS];
        for (int i = 0; i < batch; i++) {
            System.arraycopy(MnistTestDigits.image(i), 0, images, i * ModelContract.PIXELS, ModelContract.PIXELS);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        classifier.close();
    }

    @Benchmark
    public float[] classify() {
        return classifier.classify(images, batch);
    }
}
