package com.digitrecognizer.recognition;

import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.SessionFunction;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

import java.nio.file.Path;
import java.util.Map;

/**
 * A model version's line reader ({@link LineContract}), loaded beside its digit network: a
 * line of writing in, the class probabilities at each position along it out. A version
 * without one (trained before it, or fine-tuned without it) reads numbers by cutting alone.
 */
final class LineModel implements AutoCloseable {

    private final SavedModelBundle bundle;
    private final SessionFunction function;

    private LineModel(SavedModelBundle bundle) {
        this.bundle = bundle;
        this.function = bundle.function(LineContract.SIGNATURE);
    }

    /** The line reader in {@code version}'s folder {@value LineContract#FOLDER}; null when it has none. */
    static LineModel load(Path version, ConfigProto config) {
        Path folder = LineContract.folderIn(version);
        if (folder == null) {
            return null;
        }
        SavedModelBundle bundle = SavedModelBundle.loader(folder.toString()).withTags(LineContract.TAG)
                .withConfigProto(config).load();
        try {
            return new LineModel(bundle);
        } catch (RuntimeException e) {
            bundle.close();
            throw e;
        }
    }

    /** The {@code positions x CLASSES} probabilities along {@code line}, position by position. */
    float[] read(LineImage line) {
        try (TFloat32 input = LineContract.inputTensor(line.pixels(), 1, line.width());
             Result result = function.call(Map.of(LineContract.INPUT, input))) {
            TFloat32 output = (TFloat32) result.get(LineContract.OUTPUT).orElseThrow();
            float[] values = new float[(int) output.shape().size()];
            output.copyTo(DataBuffers.of(values, false, false));
            return values;
        }
    }

    @Override
    public void close() {
        bundle.close();
    }
}
