package com.digitrecognizer.corrections;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** How many corrections of one model answer had one correct label. */
public record Confusion(String modelAnswer, String label, long count) {

    private static final Pattern READ_DIGITS = Pattern.compile("[0-9?]+");

    /**
     * The same told digit by digit where a number was read with as many digits as its right answer
     * has: only the digits read wrong, each against its right digit ("2027" for "2021": 7 against 1),
     * so that which digit is taken for which shows however many different numbers there are.
     * Anything else stays whole; the most frequent first.
     */
    static List<Confusion> digitByDigit(List<Confusion> pairs) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (Confusion pair : pairs) {
            String answer = pair.modelAnswer();
            String label = pair.label();
            if (answer.length() > 1 && answer.length() == label.length() && READ_DIGITS.matcher(answer).matches()
                    && Labels.valid(label) && !Labels.NOT_A_DIGIT.equals(label)) {
                for (int i = 0; i < answer.length(); i++) {
                    if (answer.charAt(i) != label.charAt(i)) {
                        counts.merge(List.of(answer.substring(i, i + 1), label.substring(i, i + 1)), pair.count(), Long::sum);
                    }
                }
            } else {
                counts.merge(List.of(answer, label), pair.count(), Long::sum);
            }
        }
        return counts.entrySet().stream()
                .map(entry -> new Confusion(entry.getKey().get(0), entry.getKey().get(1), entry.getValue()))
                .sorted(Comparator.comparingLong(Confusion::count).reversed())
                .toList();
    }
}
