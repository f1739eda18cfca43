package com.digitrecognizer.training;

import com.digitrecognizer.recognition.LineContract;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.SessionFunction;
import org.tensorflow.types.TFloat32;

import java.nio.file.Path;
import java.util.Map;

/**
 * A trained line reader that teaches a new one ({@link LineCommand}'s {@code --teacher}): its
 * probabilities at every position of a line, which a reader of the same contract, however wide its
 * layers, reads at the same positions ({@link LineContract#positions}).
 */
final class LineTeacher implements AutoCloseable {

    private final SavedModelBundle bundle;
    private final SessionFunction function;

    private LineTeacher(SavedModelBundle bundle) {
        this.bundle = bundle;
        this.function = bundle.function(LineContract.SIGNATURE);
    }

    /** The line reader of the model version in {@code model}, which must have one. */
    static LineTeacher of(Path model) {
        Path folder = LineContract.folderIn(model);
        if (folder == null) {
            throw new IllegalArgumentException("No line reader to teach with in " + model.toAbsolutePath());
        }
        SavedModelBundle bundle = SavedModelBundle.loader(folder.toString()).withTags(LineContract.TAG).load();
        try {
            return new LineTeacher(bundle);
        } catch (RuntimeException e) {
            bundle.close();
            throw e;
        }
    }

    /** The class probabilities at every position of {@code count} lines {@code width} wide, [count][positions * CLASSES]. */
    float[] probabilities(float[] lines, int width, int count) {
        try (TFloat32 input = LineContract.inputTensor(lines, count, width);
             Result result = function.call(Map.of(LineContract.INPUT, input))) {
            return Network.values((TFloat32) result.get(LineContract.OUTPUT).orElseThrow());
        }
    }

    @Override
    public void close() {
        bundle.close();
    }
}
