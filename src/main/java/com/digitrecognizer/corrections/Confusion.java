package com.digitrecognizer.corrections;

/** How many corrections of one model answer had one correct label. */
public record Confusion(String modelAnswer, String label, long count) {
}
