package com.digitrecognizer.recognition;

import com.digitrecognizer.recognition.RecognitionMetrics.Channel;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The one path from an input (canvas raster or encoded image) to a {@link Prediction}:
 * decode, normalise as MNIST, classify, judge ({@link Verdict}); or to a {@link Reading} of one digit
 * or a number ({@link PageReader}). A bounded number of recognitions run or wait at once
 * ({@link Admission}). With batching on, single recognitions that run at the same time share one inference.
 * Each recognition holds the model in service when it starts until it ends ({@link LiveModel}), so a
 * swap never fails one and every answer names the model that computed it.
 */
@Service
public class Recognizer implements AutoCloseable {

    private final LiveModel live;
    private final ImageDecoder decoder;
    private final RecognitionProperties properties;
    private final RecognitionMetrics metrics;
    private final Admission admission;
    private final PagePixels pagePixels;
    private final MicroBatcher batcher; // null when batching is off
    private final SplitInference split = new SplitInference();
    private final PageReader reader;

    Recognizer(LiveModel live, RecognitionProperties properties, RecognitionMetrics metrics) {
        this.live = live;
        this.properties = properties;
        this.metrics = metrics;
        this.decoder = new ImageDecoder(properties.maxImagePixels());
        this.admission = new Admission(properties.maxInFlight(), properties.maxWait());
        this.pagePixels = new PagePixels(properties.maxPixelsInFlight(), properties.maxWait());
        RecognitionProperties.Batching batching = properties.batching();
        this.batcher = batching.enabled() ? new MicroBatcher(batching.maxBatch(), batching.maxDelay()) : null;
        this.reader = new PageReader(live, properties, metrics, admission, split);
    }

    /** Recognises a drawing sent by the canvas as an ink raster. */
    public Prediction recognize(InkRaster raster) {
        long start = System.nanoTime();
        return counted(Channel.VIEW, () -> classifyOne(Preprocessor.normalizePage(raster.toInkMap()), start), start);
    }

    /** Recognises an encoded image (PNG, JPEG, GIF or BMP) in any polarity, transparent or not. */
    public Prediction recognize(byte[] image) {
        long start = System.nanoTime();
        return counted(Channel.API, () -> classifyOne(normalized(image), start), start);
    }

    /** Reads the digits drawn on the canvas: one digit or a number. */
    public Reading read(InkRaster raster) {
        long start = System.nanoTime();
        return reader.read(Channel.VIEW, () -> new SampledInk(raster.toInkMap(), 1), start);
    }

    /** Reads the digits in an encoded image: one digit or a number on one line. */
    public Reading read(byte[] image) {
        long start = System.nanoTime();
        try (PagePixels.Share share = pagePixels.share()) {
            return reader.read(Channel.API, () -> decoder.decode(image, share), start);
        }
    }

    /** An uploaded image decoded and normalised as MNIST, its pixels held meanwhile. */
    private float[] normalized(byte[] image) {
        try (PagePixels.Share share = pagePixels.share()) {
            return Preprocessor.normalizePage(decoder.decode(image, share).ink());
        }
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
        boolean alone = admission.begin();
        try (SplitInference.Job inference = split.begin(alone && images.size() >= SplitInference.SPLIT_FROM)) {
            List<Prediction> predictions = classifyAll(images, start, inference);
            predictions.forEach(p -> metrics.predicted(Channel.API, p, predictions.size(), start));
            return predictions;
        } catch (RecognitionException e) {
            metrics.refused(Channel.API, e.reason());
            throw e;
        } finally {
            admission.end();
        }
    }

    private List<Prediction> classifyAll(List<byte[]> images, long start, SplitInference.Job inference) {
        float[] batch = new float[images.size() * ModelContract.PIXELS];
        for (int i = 0; i < images.size(); i++) {
            try {
                float[] input = normalized(images.get(i));
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
        admission.begin();
        try {
            Prediction prediction = recognition.get();
            metrics.predicted(channel, prediction, 1, start);
            return prediction;
        } catch (RecognitionException e) {
            metrics.refused(channel, e.reason());
            throw e;
        } finally {
            admission.end();
        }
    }

    /** One page's digit, with a second look when the network is unsure of it, as a number's digits get. */
    private Prediction classifyOne(float[] input, long start) {
        Classified classified = admission.admitted(() -> live.use(classifier -> {
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
        return admission.admitted(() -> live.use(classifier -> {
            float[] firstLook = inference.classify(classifier::classify, images, count);
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
}
