package com.digitrecognizer.training;

import com.digitrecognizer.recognition.DigitClassifier;

import java.nio.file.Path;
import java.util.Set;

/**
 * Scores a SavedModel through the very classifier the app serves with, on the sets the trainer
 * reports in the model card ({@link HeldOut}): the 10,000 MNIST test digits, counting every answer
 * ("not a digit" on a digit is an error), the same digits drawn as on the pad, and the share of
 * the validation non-digits answered "not a digit".
 * <pre>./mvnw -Ptrain exec:java@evaluate -Devaluate.args="--model saved_model [--data DIR]"</pre>
 */
public final class EvaluateCommand {

    private EvaluateCommand() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine options = new CommandLine(args, Set.of("model", "data"));
        MnistFiles files = MnistFiles.locate(options.path("data"), Path.of("target", "mnist"));
        HeldOut heldOut = HeldOut.of(HeldOut.validationDigits(files.train()), files.test());
        Path model = Path.of(options.text("model", "saved_model"));
        try (DigitClassifier classifier = DigitClassifier.load(model, 2)) {
            System.out.printf("Model %s%n", classifier.card().version());
            System.out.print(Assessment.of(heldOut, classifier::classify).report());
        }
    }
}
