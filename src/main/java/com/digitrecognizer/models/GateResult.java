package com.digitrecognizer.models;

/**
 * How a candidate model did against the model that was live when it was assessed ({@code
 * comparedWithVersion}), on the MNIST test set, on people's corrections held out for testing and
 * on drawings that are no digit; {@code passed} says whether it may go live, {@code reason} why
 * or why not. Made by retraining's gate, stored with the version it judged.
 */
public record GateResult(double mnistTestAccuracy, double liveMnistTestAccuracy, double correctionsAccuracy,
                         double liveCorrectionsAccuracy, int correctionsTestSize, double nonDigitRefusal,
                         double liveNonDigitRefusal, String comparedWithVersion, boolean passed, String reason) {
}
