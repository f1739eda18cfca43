package com.digitrecognizer.corrections;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The heat map's counts when numbers are corrected: which digit was taken for which. */
class ConfusionTest {

    @Test
    void aNumberReadWithAsManyDigitsCountsItsWrongDigitsOneByOne() {
        List<Confusion> counted = Confusion.digitByDigit(List.of(
                new Confusion("2027", "2021", 3),
                new Confusion("2?26", "2026", 1),
                new Confusion("7", "1", 2),
                new Confusion("7", "7", 1)));

        assertThat(counted).containsExactly(
                new Confusion("7", "1", 5),
                new Confusion("?", "0", 1),
                new Confusion("7", "7", 1));
    }

    @Test
    void whatCannotBeToldDigitByDigitStaysWhole() {
        List<Confusion> pairs = List.of(
                new Confusion("226", "2026", 2), // a digit not read: which is a guess
                new Confusion("not-a-digit", "12345678901", 1), // as long as a number, but no digits read
                new Confusion("12", "not-a-digit", 1));

        assertThat(Confusion.digitByDigit(pairs)).containsExactlyElementsOf(pairs);
    }
}
