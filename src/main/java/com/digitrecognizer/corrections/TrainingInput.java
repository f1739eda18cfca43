package com.digitrecognizer.corrections;

import com.digitrecognizer.recognition.ModelContract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.digitrecognizer.recognition.ModelContract.PIXELS;

/**
 * An accepted correction as training takes it: the 28x28 image the network saw (a byte a pixel,
 * ink = 255), its right class, 0-9 or {@link com.digitrecognizer.recognition.ModelContract#NOT_A_DIGIT},
 * and the correction it is of (a number's digits share one: held out or trained on together).
 */
public record TrainingInput(long correction, byte[] networkInput, int label) {

    /**
     * What one correction gives: a number's digits one by one where as many were read as its right
     * answer has, each image with the label's digit at its place ("2026" read "2?26": four; read
     * "226": none, since which digit went missing would be a guess); "not a digit" where one mark was
     * read; otherwise nothing. The IDX export's query keeps the same rule ({@link Exports}).
     *
     * @param correction    the correction's id
     * @param networkInputs what the network saw of each digit read, one after another (784 bytes each), or null
     */
    public static List<TrainingInput> of(long correction, byte[] networkInputs, String label) {
        if (networkInputs == null || networkInputs.length % PIXELS != 0) {
            return List.of();
        }
        int images = networkInputs.length / PIXELS;
        if (Labels.NOT_A_DIGIT.equals(label)) {
            return images == 1 ? List.of(new TrainingInput(correction, networkInputs, ModelContract.NOT_A_DIGIT)) : List.of();
        }
        if (!Labels.valid(label) || label.length() != images) {
            return List.of();
        }
        List<TrainingInput> inputs = new ArrayList<>();
        for (int i = 0; i < images; i++) {
            inputs.add(new TrainingInput(correction, Arrays.copyOfRange(networkInputs, i * PIXELS, (i + 1) * PIXELS),
                    label.charAt(i) - '0'));
        }
        return inputs;
    }
}
