package com.digitrecognizer.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Two readers of one line, and which to believe: the cutting reader ({@link NumberReader}: the
 * candidate digits each classified, a bad cut called "not a digit") and the line reader
 * ({@link LinePath}: the line network spelling the whole line out). Cutting fails where digits
 * touch — a "?" where two digits were taken for one; the line reader reads them, but it is no
 * judge of what is no digit at all (a letter comes out as digits), so it only ever fills in the
 * cutting reader's gaps, and only around digits the cutting reader is sure of. Where the
 * cutting reader is sure of every digit and the line reader is sure of another number, neither
 * is believed: the digits they disagree on become unsure. Tuned on numbers of seed 555, reported
 * on seed 2027 (bench/RESULTS.md, round 16).
 */
final class LineCheck {

    /** The least probability of the line reader's text for it to fill in the cutting reader's gaps. */
    static final double SURE = 0.7;
    /** The least probability of the line reader's text for it to dispute a number the cutting reader is sure of. */
    static final double DISPUTE = 0.8;
    /** The most digits one "?" of the cutting reader may stand for: two touching digits taken for one. */
    private static final int DIGITS_PER_GAP = 2;

    private LineCheck() {
    }

    /** The digits of the line: the cutting reader's {@code cut}, or {@code lineDigits} where the line reader fills its gaps. */
    static List<Reading.Digit> decided(List<Reading.Digit> cut, LinePath line, Supplier<List<Reading.Digit>> lineDigits) {
        String read = line.text();
        boolean onlyDigits = !read.isEmpty() && read.indexOf('?') < 0;
        if (cut.stream().allMatch(d -> d.prediction().accepted())) {
            return onlyDigits && line.probability() >= DISPUTE && !read.equals(text(cut)) ? disputed(cut, read) : cut;
        }
        return onlyDigits && line.probability() >= SURE && fillsIn(cut, read) ? lineDigits.get() : cut;
    }

    /**
     * Whether {@code read} is {@code cut} with each "?" one or two digits, around at least as
     * many digits the cutting reader is sure of as it has gaps.
     */
    private static boolean fillsIn(List<Reading.Digit> cut, String read) {
        long sure = cut.stream().filter(d -> d.prediction().accepted()).count();
        if (sure == 0 || sure < cut.size() - sure) {
            return false;
        }
        StringBuilder pattern = new StringBuilder();
        for (Reading.Digit digit : cut) {
            pattern.append(digit.prediction().accepted() ? String.valueOf(digit.prediction().digit())
                    : "\\d{1," + DIGITS_PER_GAP + "}");
        }
        return Pattern.matches(pattern.toString(), read);
    }

    /** {@code cut} with the digits that the line reader's {@code read} does not share made unsure. */
    private static List<Reading.Digit> disputed(List<Reading.Digit> cut, String read) {
        boolean[] shared = shared(text(cut), read);
        List<Reading.Digit> digits = new ArrayList<>(cut.size());
        for (int i = 0; i < cut.size(); i++) {
            Reading.Digit digit = cut.get(i);
            digits.add(shared[i] ? digit : new Reading.Digit(digit.prediction().unsure(), digit.box()));
        }
        return digits;
    }

    /**
     * Which characters of {@code a} a longest common subsequence with {@code b} keeps; where
     * {@code b} has digits that {@code a} lacks, the characters of {@code a} on either side count
     * as not shared (one of them may be two digits taken for one).
     */
    static boolean[] shared(String a, String b) {
        int[][] longest = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--) {
            for (int j = b.length() - 1; j >= 0; j--) {
                longest[i][j] = a.charAt(i) == b.charAt(j) ? longest[i + 1][j + 1] + 1
                        : Math.max(longest[i + 1][j], longest[i][j + 1]);
            }
        }
        boolean[] shared = new boolean[a.length()];
        boolean[] besideExtra = new boolean[a.length() + 1];
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                shared[i++] = true;
                j++;
            } else if (longest[i + 1][j] >= longest[i][j + 1]) {
                i++;
            } else {
                besideExtra[i] = true; // b has a digit here that a lacks
                j++;
            }
        }
        besideExtra[i] |= j < b.length();
        for (int k = 0; k < a.length(); k++) {
            shared[k] &= !besideExtra[k] && !besideExtra[k + 1];
        }
        return shared;
    }

    private static String text(List<Reading.Digit> digits) {
        StringBuilder text = new StringBuilder(digits.size());
        digits.forEach(d -> text.append(d.prediction().digit()));
        return text.toString();
    }
}
