package com.digitrecognizer.recognition;

import com.digitrecognizer.DrawnDigits;
import com.digitrecognizer.DrawnDigits.Page;
import com.digitrecognizer.MnistTestDigits;

import java.nio.file.Path;
import java.util.Random;

/**
 * Accuracy on MNIST test digits redrawn as canvas drawings (any size from a quarter of a
 * 280-px page to all of it, anywhere, thinner or thicker, dark on light, light on dark or on a
 * transparent page) against the model's accuracy on the same digits as MNIST gives them.
 * <pre>./mvnw -Pbench test-compile exec:exec@bench -Dbench.main=com.digitrecognizer.recognition.DrawingAccuracy</pre>
 */
public final class DrawingAccuracy {

    private DrawingAccuracy() {
    }

    public static void main(String[] args) {
        try (DigitClassifier classifier = DigitClassifier.load(Path.of("saved_model"), 1)) {
            Recognizer recognizer = BenchRecognizers.of(classifier, false);
            Random random = new Random(2026);
            int[][] byKind = new int[4][2]; // size small/large, stroke thin/thick: correct, total
            int[][] byPage = new int[Page.values().length][2];
            int mnistCorrect = 0;
            int drawnCorrect = 0;
            for (int i = 0; i < MnistTestDigits.COUNT; i++) {
                float[] digit = MnistTestDigits.image(i);
                int label = MnistTestDigits.label(i);
                if (Prediction.of(classifier.classify(digit, 1), 0, 0, "", 0, digit).digit() == label) {
                    mnistCorrect++;
                }
                int size = 70 + random.nextInt(211);
                int stroke = random.nextInt(5) - 1;
                Page page = Page.values()[random.nextInt(Page.values().length)];
                byte[] png = DrawnDigits.png(DrawnDigits.draw(digit, 280, size,
                        random.nextInt(280 - size + 1), random.nextInt(280 - size + 1), stroke, page));
                int correct = recognizer.recognize(png).digit() == label ? 1 : 0;
                drawnCorrect += correct;
                for (int[] bucket : new int[][] {byKind[size < 175 ? 0 : 1], byKind[stroke <= 0 ? 2 : 3],
                        byPage[page.ordinal()]}) {
                    bucket[0] += correct;
                    bucket[1]++;
                }
            }
            System.out.printf("MNIST test digits as given: %.2f %%%n", 100.0 * mnistCorrect / MnistTestDigits.COUNT);
            System.out.printf("the same digits drawn:     %.2f %%%n", 100.0 * drawnCorrect / MnistTestDigits.COUNT);
            String[] kinds = {"size 70-174 px", "size 175-280 px", "stroke thinner or as drawn", "stroke thicker (+1..+3 px)"};
            for (int k = 0; k < kinds.length; k++) {
                System.out.printf("  %-28s %.2f %% of %d%n", kinds[k], 100.0 * byKind[k][0] / byKind[k][1], byKind[k][1]);
            }
            for (Page page : Page.values()) {
                int[] bucket = byPage[page.ordinal()];
                System.out.printf("  %-28s %.2f %% of %d%n", page, 100.0 * bucket[0] / bucket[1], bucket[1]);
            }
        }
    }
}
