package com.digitrecognizer.ui;

import com.digitrecognizer.recognition.Prediction;

import java.time.LocalTime;

/** One drawing of this session: its thumbnail, what the network said, and when. */
record HistoryEntry(String thumbnail, Prediction prediction, LocalTime time) {
}
