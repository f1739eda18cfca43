package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.RecognitionException.Reason;
import com.digitrecognizer.recognition.RecognitionMetrics.Channel;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The one path from an input (canvas raster or encoded image) to a {@link Prediction}:
 * decode, normalise as MNIST, classify, judge ({@link Verdict}). A bounded number of
 * recognitions run or wait at once; beyond that a caller is told the server is busy rather than
 * left waiting. With batching on, single recognitions that run at the same time share one inference.
 * Each recognition holds the model in service when it starts until it ends ({@link LiveModel}), so a
 * swap never fails one and every answer names the model that computed it.
 */
@Service
public class Recognizer implements AutoCloseable {

    /** Room for a line of digits in the line reader's view: wide ones with room between. */
    static final int LINE_WIDTH_PER_DIGIT = 2 * LineImage.INK_HEIGHT;

    private final LiveModel live;
    private final ImageDecoder decoder;
    private final Semaphore slots;
    private final RecognitionProperties properties;
    private final RecognitionMetrics metrics;
    private final MicroBatcher batcher; // null when batching is off
    private final SplitInference split = new SplitInference();
    private final AtomicInteger running = new AtomicInteger(); // recognitions and reads under way

    Recognizer(LiveModel live, RecognitionProperties properties, RecognitionMetrics metrics) {
        this.live = live;
        this.properties = properties;
        this.metrics = metrics;
        this.decoder = new ImageDecoder(properties.maxImagePixels());
        this.slots = new Semaphore(properties.maxInFlight(), true); // fair: first come, first served, no starved waiter
        RecognitionProperties.Batching batching = properties.batching();
        this.batcher = batching.enabled() ? new MicroBatcher(batching.maxBatch(), batching.maxDelay()) : null;
    }

    /** Recognises a drawing sent by the canvas as an ink raster. */
    public Prediction recognize(InkRaster raster) {
        long start = System.nanoTime();
        return counted(Channel.VIEW, () -> classifyOne(Preprocessor.normalizePage(raster.toInkMap()), start), start);
    }

    /** Recognises an encoded image (PNG, JPEG, GIF or BMP) in any polarity, transparent or not. */
    public Prediction recognize(byte[] image) {
        long start = System.nanoTime();
        return counted(Channel.API, () -> classifyOne(Preprocessor.normalizePage(decoder.decode(image)), start), start);
    }

    /** Reads the digits drawn on the canvas: one digit or a number. */
    public Reading read(InkRaster raster) {
        long start = System.nanoTime();
        return read(Channel.VIEW, () -> raster.toInkMap(), start);
    }

    /** Reads the digits in an encoded image: one digit or a number on one line. */
    public Reading read(byte[] image) {
        long start = System.nanoTime();
        return read(Channel.API, () -> decoder.decode(image), start);
    }

    /**
     * The page's digits as the cutting reader reads them ({@link CutReading}), checked by the line
     * reader; writing only a few pixels high enlarged first ({@link SmallWriting}). A number read alone on the server has both
     * cores for its candidates' normalisation and inference, the helper woken while the marks are
     * cut; beside other recognitions each keeps to one core, which serves more of them
     * (bench/RESULTS.md, rounds 9 and 10).
     */
    private Reading read(Channel channel, Supplier<InkMap> page, long start) {
        boolean alone = running.incrementAndGet() == 1;
        try {
            InkMap drawn = page.get();
            int inkHeight = drawn.inkHeight();
            int times = SmallWriting.enlargement(drawn, inkHeight);
            Segmenter.Marks marks = times == 1 ? Segmenter.marks(drawn, inkHeight, properties.maxDigits())
                    : Segmenter.marks(drawn.enlarged(times), properties.maxDigits());
            Reading reading = read(channel, marks, alone, start);
            return times == 1 ? reading : reading.onPageShrunk(times);
        } catch (RecognitionException e) {
            metrics.refused(channel, e.reason());
            throw e;
        } finally {
            running.decrementAndGet();
        }
    }

    /**
     * The cutting reader's digits, checked by the line reader ({@link LineCheck}), which reads the
     * line beside the candidates (by the helper, from the start, while they are cut, when a page is
     * read alone). Every page's line is read, digits apart too: two touching digits may make a mark
     * no wider than one, which the cutting reader is sure of (bench/RESULTS.md, round 30).
     */
    private Reading read(Channel channel, Segmenter.Marks marks, boolean alone, long start) {
        LineReading line = new LineReading(marks, properties.maxDigits() * LINE_WIDTH_PER_DIGIT);
        CutReading cut = admitted(() -> live.use(classifier -> {
            Runnable readLine = classifier.readsLines() ? () -> line.read(classifier) : null;
            // read alone, the helper reads the line while the caller cuts: a single digit's line too
            boolean helped = alone && (readLine != null || marks.widerThanADigit());
            try (SplitInference.Job inference = split.begin(helped, readLine)) {
                return CutReading.of(classifier, marks.candidates(), inference, properties.minConfidenceOf(classifier),
                        start);
            }
        }));
        if (cut.digits().size() > properties.maxDigits()) {
            throw Segmenter.tooMany(properties.maxDigits());
        }
        double elapsedMs = (System.nanoTime() - start) / 1e6;
        LinePath path = line.path();
        List<Reading.Digit> digits = path == null ? cut.digits() : LineCheck.decided(cut.digits(), path,
                cut.minConfidence(), () -> line.digits(cut.minConfidence(), cut.modelVersion(), elapsedMs));
        if (digits.size() > properties.maxDigits()) {
            throw Segmenter.tooMany(properties.maxDigits());
        }
        digits.forEach(d -> metrics.predicted(channel, d.prediction(), digits.size(), start));
        return Reading.of(digits, cut.modelVersion(), elapsedMs);
    }

    /**
     * Recognises the health check's probe image through decoding, normalisation and the model, but
     * past the admission slots and the batcher, and left out of the metrics: a server busy with
     * requests is still a healthy one, and must not say otherwise to its load balancer.
     */
    Prediction probe(byte[] image) {
        long start = System.nanoTime();
        float[] input = Preprocessor.normalizePage(decoder.decode(image));
        return live.use(classifier -> Prediction.of(classifier.classify(input, 1), 0,
                properties.minConfidenceOf(classifier), classifier.card().version(), (System.nanoTime() - start) / 1e6,
                input));
    }

    /**
     * Recognises several images in one inference (eight or more alone on the server: on both
     * cores), answers in the same order. One bad image refuses the batch, its position named in
     * the message.
     */
    public List<Prediction> recognizeAll(List<byte[]> images) {
        long start = System.nanoTime();
        boolean alone = running.incrementAndGet() == 1;
        try (SplitInference.Job inference = split.begin(alone && images.size() >= SplitInference.SPLIT_FROM)) {
            List<Prediction> predictions = classifyAll(images, start, inference);
            predictions.forEach(p -> metrics.predicted(Channel.API, p, predictions.size(), start));
            return predictions;
        } catch (RecognitionException e) {
            metrics.refused(Channel.API, e.reason());
            throw e;
        } finally {
            running.decrementAndGet();
        }
    }

    private List<Prediction> classifyAll(List<byte[]> images, long start, SplitInference.Job inference) {
        float[] batch = new float[images.size() * ModelContract.PIXELS];
        for (int i = 0; i < images.size(); i++) {
            try {
                float[] input = Preprocessor.normalizePage(decoder.decode(images.get(i)));
                System.arraycopy(input, 0, batch, i * ModelContract.PIXELS, ModelContract.PIXELS);
            } catch (RecognitionException e) {
                throw new RecognitionException(e.reason(), "Image " + (i + 1) + " of " + images.size() + ": "
                        + e.getMessage(), e);
            }
        }
        Classified classified = classified(inference, batch, images.size());
        double elapsedMs = (System.nanoTime() - start) / 1e6;
        List<Prediction> predictions = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            float[] input = Arrays.copyOfRange(batch, i * ModelContract.PIXELS, (i + 1) * ModelContract.PIXELS);
            predictions.add(Prediction.of(classified.probabilities(), i, classified.minConfidence(),
                    classified.modelVersion(), elapsedMs, input));
        }
        return predictions;
    }

    /** The bar a version is served at, with a second digit network or without (its own: one network needs more). */
    public float minConfidenceWith(boolean secondNetwork) {
        return properties.minConfidenceWith(secondNetwork);
    }

    /** The card of the model in service now (a recognition names its own in its answer). */
    public ModelCard model() {
        return live.card();
    }

    /** Records what became of one recognition. */
    private Prediction counted(Channel channel, Supplier<Prediction> recognition, long start) {
        running.incrementAndGet();
        try {
            Prediction prediction = recognition.get();
            metrics.predicted(channel, prediction, 1, start);
            return prediction;
        } catch (RecognitionException e) {
            metrics.refused(channel, e.reason());
            throw e;
        } finally {
            running.decrementAndGet();
        }
    }

    /** One page's digit, with a second look when the network is unsure of it, as a number's digits get. */
    private Prediction classifyOne(float[] input, long start) {
        Classified classified = admitted(() -> live.use(classifier -> {
            float[] firstLook = batcher != null ? batcher.classify(classifier, input) : classifier.classify(input, 1);
            return classified(classifier, input, 1, firstLook);
        }));
        return Prediction.of(classified.probabilities(), 0, classified.minConfidence(), classified.modelVersion(),
                (System.nanoTime() - start) / 1e6, input);
    }

    /**
     * {@code count} normalised images classified by the model in service, which it names; those it is
     * unsure of with a second look ({@link SecondLook}), which moves the images as they are.
     */
    private Classified classified(SplitInference.Job inference, float[] images, int count) {
        return admitted(() -> live.use(classifier -> {
            float[] firstLook = inference.classify(classifier, images, count, SplitInference.Preparation.NONE);
            return classified(classifier, images, count, firstLook);
        }));
    }

    /** Whole pages' probabilities after a second look and the second network's opinion where unsure. */
    private Classified classified(DigitClassifier classifier, float[] images, int count, float[] firstLook) {
        float minConfidence = properties.minConfidenceOf(classifier);
        float[] probabilities = classifier.withSecondOpinion(images, IntStream.range(0, count).boxed().toList(),
                SecondLook.ofPages(images, count, firstLook, minConfidence, classifier::classify));
        return new Classified(probabilities, classifier.card().version(), minConfidence);
    }

    /** Pages' probabilities, the model that gave them and the bar it is served at. */
    private record Classified(float[] probabilities, String modelVersion, float minConfidence) {
    }

    @Override
    public void close() {
        split.close();
        if (batcher != null) {
            batcher.close();
        }
    }

    private <T> T admitted(Supplier<T> inference) {
        boolean admitted;
        try {
            admitted = slots.tryAcquire(properties.maxWait().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new RecognitionException(Reason.BUSY, "The server is busy recognising other digits; try again shortly.");
        }
        try {
            return inference.get();
        } finally {
            slots.release();
        }
    }
}
