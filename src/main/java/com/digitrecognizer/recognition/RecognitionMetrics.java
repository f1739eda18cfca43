package com.digitrecognizer.recognition;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.TimeUnit;

/**
 * What operations watch (Prometheus names): {@code digits_predictions_total{digit,channel}},
 * {@code digits_prediction_seconds} (histogram by channel), {@code digits_refused_total{reason,channel}}
 * (the API counts its own refusals of requests it cannot even read under the same name),
 * {@code digits_model_info{version}} and {@code digits_model_test_accuracy}.
 */
final class RecognitionMetrics {

    /** Where a recognition came from. */
    enum Channel { VIEW, API }

    private final MeterRegistry registry;

    RecognitionMetrics(MeterRegistry registry, ModelCard model) {
        this.registry = registry;
        Gauge.builder("digits.model.info", () -> 1).tag("version", model.version())
                .description("The model being served").register(registry);
        Gauge.builder("digits.model.test.accuracy", model::testAccuracy)
                .description("The served model's accuracy on the MNIST test set").register(registry);
    }

    void predicted(Channel channel, Prediction prediction, int count, long startNanos) {
        Counter.builder("digits.predictions").tag("digit", String.valueOf(prediction.digit()))
                .tag("channel", channel.name().toLowerCase()).description("Digits recognised")
                .register(registry).increment();
        Timer.builder("digits.prediction").tag("channel", channel.name().toLowerCase())
                .description("Time from input to prediction (decode, normalise, classify)")
                .publishPercentileHistogram().register(registry)
                .record((System.nanoTime() - startNanos) / Math.max(1, count), TimeUnit.NANOSECONDS);
    }

    void refused(Channel channel, RecognitionException.Reason reason) {
        Counter.builder("digits.refused").tag("reason", reason.name().toLowerCase())
                .tag("channel", channel.name().toLowerCase()).description("Inputs refused, by reason")
                .register(registry).increment();
    }
}
