package com.digitrecognizer.training;

import com.digitrecognizer.recognition.DigitClassifier;

import java.nio.file.Path;
import java.util.Set;

/**
 * Scores a SavedModel on the 10,000 MNIST test digits, through the very classifier the app serves with.
 * <pre>./mvnw -Ptrain exec:java@evaluate -Devaluate.args="--model saved_model [--data DIR]"</pre>
 */
public final class EvaluateCommand {

    private EvaluateCommand() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine options = new CommandLine(args, Set.of("model", "data"));
        MnistData test = MnistFiles.locate(options.path("data"), Path.of("target", "mnist")).test();
        Path model = Path.of(options.text("model", "saved_model"));
        try (DigitClassifier classifier = DigitClassifier.load(model, 2)) {
            System.out.printf("Model %s on %d MNIST test digits%n", classifier.card().version(), test.size());
            System.out.print(Evaluation.measure(test, classifier::classify).report());
        }
    }
}
