package com.digitrecognizer.recognition;

import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.RewriterConfig;
import org.tensorflow.types.TFloat32;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * The CNN loaded from a TensorFlow SavedModel ({@link ModelContract}): 28x28 images in (ink = 1),
 * the probabilities of the ten digits and of "not a digit" out. One instance serves every
 * thread; each call closes its tensors, since native memory never shows in the heap.
 */
public final class DigitClassifier implements MicroBatcher.Model, AutoCloseable {

    /**
     * The most images one inference takes: beyond about 128, TensorFlow's own kernels (as the app
     * runs them on a CPU without bfloat16 hardware, TF_ENABLE_ONEDNN_OPTS=0) take three times as
     * long per image (bench/RESULTS.md, round 8).
     */
    static final int LARGEST_INFERENCE = 128;

    private final SavedModelBundle bundle;
    private final SessionFunction function;
    private final ModelCard card;
    private final LineModel lines; // null when the version has no line reader
    private final DigitClassifier second; // null when the version has no second digit network
    private final AtomicBoolean closed = new AtomicBoolean();

    private DigitClassifier(SavedModelBundle bundle, ModelCard card, LineModel lines, DigitClassifier second) {
        this.bundle = bundle;
        this.function = bundle.function(ModelContract.SIGNATURE);
        this.card = card;
        this.lines = lines;
        this.second = second;
        expect("input", function.signature().getInputs().get(ModelContract.INPUT), ModelContract.inputShape(-1));
        expect("output", function.signature().getOutputs().get(ModelContract.OUTPUT), Shape.of(-1, ModelContract.CLASSES));
    }

    /** A model trained for another contract must be refused at load, not misread at its first answer. */
    private static void expect(String role, Signature.TensorDescription tensor, Shape shape) {
        if (tensor == null || tensor.dataType != DataType.DT_FLOAT || !Arrays.equals(tensor.shape.asArray(), shape.asArray())) {
            throw new IllegalArgumentException("its " + role + " is " + (tensor == null ? "missing"
                    : tensor.dataType + " " + tensor.shape) + ", the contract is DT_FLOAT " + shape);
        }
    }

    /**
     * Loads the model in {@code directory}; {@code intraOpThreads} 1 suits single images best,
     * 2 or more suits large batches. Where oneDNN's kernels answer on a CPU that multiplies
     * bfloat16, the network runs in bfloat16 ({@link Kernels}).
     *
     * @throws ModelLoadException naming the path and the cause when the model is missing or broken
     */
    public static DigitClassifier load(Path directory, int intraOpThreads) {
        return load(directory, intraOpThreads, Kernels.ofThisProcess().bfloat16());
    }

    /** Loads the model in {@code directory}, asking oneDNN to run it in bfloat16 or not. */
    static DigitClassifier load(Path directory, int intraOpThreads, boolean bfloat16) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute.resolve("saved_model.pb"))) {
            throw new ModelLoadException("No TensorFlow SavedModel at " + absolute + ": saved_model.pb is missing", null);
        }
        ModelCard card = ModelCard.read(absolute);
        ConfigProto config = ConfigProto.newBuilder()
                .setIntraOpParallelismThreads(intraOpThreads)
                .setInterOpParallelismThreads(-1)
                .setGraphOptions(GraphOptions.newBuilder().setRewriteOptions(RewriterConfig.newBuilder()
                        .setAutoMixedPrecisionOnednnBfloat16(bfloat16 ? RewriterConfig.Toggle.ON : RewriterConfig.Toggle.OFF)))
                .build();
        SavedModelBundle bundle;
        LineModel lines;
        try {
            bundle = SavedModelBundle.loader(absolute.toString()).withTags(ModelContract.TAG).withConfigProto(config).load();
        } catch (RuntimeException e) {
            throw new ModelLoadException("Cannot load the TensorFlow SavedModel at " + absolute + ": " + e.getMessage(), e);
        }
        try {
            lines = LineModel.load(absolute, config);
        } catch (RuntimeException e) {
            bundle.close();
            throw new ModelLoadException("Cannot load the line reader at " + absolute.resolve(LineContract.FOLDER) + ": "
                    + e.getMessage(), e);
        }
        DigitClassifier second = null;
        try {
            Path secondFolder = ModelContract.secondFolderIn(absolute);
            second = secondFolder == null ? null : load(secondFolder, intraOpThreads, bfloat16);
            return new DigitClassifier(bundle, card, lines, second);
        } catch (RuntimeException e) {
            bundle.close();
            if (lines != null) {
                lines.close();
            }
            if (second != null) {
                second.close();
            }
            throw e instanceof ModelLoadException ? e : new ModelLoadException("The SavedModel at " + absolute
                    + " has no usable '" + ModelContract.SIGNATURE + "' signature: " + e.getMessage(), e);
        }
    }

    /**
     * Probabilities of the {@link ModelContract#CLASSES} classes for {@code count} images laid one
     * after another in {@code images} (784 values each): {@code count x 11} values, row by row.
     * Up to {@link #LARGEST_INFERENCE} images in one inference.
     */
    @Override
    public float[] classify(float[] images, int count) {
        return classify(images, 0, count);
    }

    /** As {@link #classify(float[], int)}, for the {@code count} images from image {@code first} on. */
    private float[] classify(float[] images, int first, int count) {
        if (count <= 0 || first < 0 || images.length < (first + count) * ModelContract.PIXELS) {
            throw new IllegalArgumentException("images " + first + " to " + (first + count) + " need "
                    + (first + count) * ModelContract.PIXELS + " values, got " + images.length);
        }
        if (count <= LARGEST_INFERENCE) {
            return infer(images, first, count);
        }
        float[] probabilities = new float[count * ModelContract.CLASSES];
        for (int done = 0; done < count; done += LARGEST_INFERENCE) {
            int part = Math.min(LARGEST_INFERENCE, count - done);
            System.arraycopy(infer(images, first + done, part), 0, probabilities, done * ModelContract.CLASSES,
                    part * ModelContract.CLASSES);
        }
        return probabilities;
    }

    private float[] infer(float[] images, int first, int count) {
        try (TFloat32 input = ModelContract.inputTensor(images, first, count);
             Result result = function.call(Map.of(ModelContract.INPUT, input))) {
            return ModelContract.outputValues((TFloat32) result.get(ModelContract.OUTPUT).orElseThrow(), count);
        }
    }

    /**
     * The probabilities of {@code count} images as this version's networks answer a whole page's
     * digit: this one's, with the second network's opinion where this one is unsure — what a gate
     * measures, where a candidate's second network counts as much as it does when serving.
     */
    public float[] classifyWithSecondOpinion(float[] images, int count) {
        return withSecondOpinion(images, IntStream.range(0, count).boxed().toList(), classify(images, count));
    }

    /**
     * {@code probabilities} of {@code images} with the second digit network's opinion on the
     * {@code rows} this one is not sure of ({@link SecondOpinion}); the same array for a version
     * without a second network.
     */
    float[] withSecondOpinion(float[] images, List<Integer> rows, float[] probabilities) {
        return second == null ? probabilities : SecondOpinion.taken(images, rows, probabilities, second::classify);
    }

    /** Whether this version has a second digit network, whose opinion is asked where this one is unsure. */
    boolean hasSecondNetwork() {
        return second != null;
    }

    /** What reads beside the digit network, in words: the second network's version and the line reader, or none. */
    public String companions() {
        return (second == null ? "no second digit network" : "second digit network " + second.card.version())
                + (lines == null ? ", no line reader" : ", a line reader");
    }

    /** Whether this version has a line reader beside its digit network. */
    public boolean readsLines() {
        return lines != null;
    }

    /** The class probabilities along {@code line} ({@link LineContract}), by the line reader this version must have. */
    float[] readLine(LineImage line) {
        return lines.read(line);
    }

    public ModelCard card() {
        return card;
    }

    /** Frees the native model; closing it again does nothing (its last user and Spring may both close it). */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            bundle.close();
            if (lines != null) {
                lines.close();
            }
            if (second != null) {
                second.close();
            }
        }
    }

    /** The model could not be loaded; the message names the path and the cause. */
    public static final class ModelLoadException extends RuntimeException {
        ModelLoadException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
