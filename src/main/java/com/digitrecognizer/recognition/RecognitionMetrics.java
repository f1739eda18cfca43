package com.digitrecognizer.recognition;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * What operations watch (Prometheus names): {@code digits_verdicts_total{verdict,channel}} (every
 * recognition, by {@link Verdict#label()}), {@code digits_predictions_total{digit,channel}} (the
 * digits answered, verdict "digit" only), {@code digits_prediction_seconds} (histogram by channel),
 * {@code digits_refused_total{reason,channel}}
 * (also the refusals of requests the API cannot even read), {@code digits_model_info{version}} (1 for
 * the model in service, which changes with a swap) and {@code digits_model_test_accuracy}. Each meter is built once and kept, rather than built
 * and looked up in the registry again for every recognition.
 */
public final class RecognitionMetrics {

    /** Where a recognition came from. */
    public enum Channel {
        VIEW, API;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;
    private final Map<Channel, Counter[]> predictions = new EnumMap<>(Channel.class); // by digit
    private final Map<Channel, Map<Verdict, Counter>> verdicts = new EnumMap<>(Channel.class);
    private final Map<Channel, Timer> durations = new EnumMap<>(Channel.class);
    private final ConcurrentMap<Refusal, Counter> refusals = new ConcurrentHashMap<>(); // reasons are open-ended
    private final MultiGauge modelInfo;
    private volatile ModelCard served;

    private record Refusal(Channel channel, String reason) {
    }

    RecognitionMetrics(MeterRegistry registry, ModelCard model) {
        this.registry = registry;
        this.modelInfo = MultiGauge.builder("digits.model.info").description("The model being served").register(registry);
        serving(model);
        Gauge.builder("digits.model.test.accuracy", () -> served.testAccuracy())
                .description("The served model's accuracy on the MNIST test set").register(registry);
        for (Channel channel : Channel.values()) {
            Counter[] byDigit = new Counter[ModelContract.DIGITS];
            for (int digit = 0; digit < byDigit.length; digit++) {
                byDigit[digit] = Counter.builder("digits.predictions").tag("digit", String.valueOf(digit))
                        .tag("channel", channel.tag()).description("Digits answered (verdict \"digit\")")
                        .register(registry);
            }
            predictions.put(channel, byDigit);
            Map<Verdict, Counter> byVerdict = new EnumMap<>(Verdict.class);
            for (Verdict verdict : Verdict.values()) {
                byVerdict.put(verdict, Counter.builder("digits.verdicts").tag("verdict", verdict.label())
                        .tag("channel", channel.tag()).description("Recognitions, by verdict").register(registry));
            }
            verdicts.put(channel, byVerdict);
            durations.put(channel, Timer.builder("digits.prediction").tag("channel", channel.tag())
                    .description("Time from input to prediction (decode, normalise, classify)")
                    .publishPercentileHistogram().register(registry));
        }
    }

    /** Names {@code model} as the one in service, in place of the one before. */
    void serving(ModelCard model) {
        served = model;
        modelInfo.register(List.of(MultiGauge.Row.of(Tags.of("version", model.version()), 1)), true);
    }

    /** Counts one prediction of {@code count} made together since {@code startNanos}, timed as its share. */
    void predicted(Channel channel, Prediction prediction, int count, long startNanos) {
        verdicts.get(channel).get(prediction.verdict()).increment();
        if (prediction.accepted()) {
            predictions.get(channel)[prediction.digit()].increment();
        }
        durations.get(channel).record((System.nanoTime() - startNanos) / Math.max(1, count), TimeUnit.NANOSECONDS);
    }

    void refused(Channel channel, RecognitionException.Reason reason) {
        refused(channel, reason.name().toLowerCase(Locale.ROOT));
    }

    /** Counts an input refused for {@code reason}, a tag value such as {@code unsupported_media_type}. */
    public void refused(Channel channel, String reason) {
        refusals.computeIfAbsent(new Refusal(channel, reason), refusal -> Counter.builder("digits.refused")
                .tag("reason", refusal.reason()).tag("channel", refusal.channel().tag())
                .description("Inputs refused, by reason").register(registry)).increment();
    }
}
