package com.digitrecognizer.ui;

import com.digitrecognizer.recognition.Verdict;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * This session's drawings, newest first: what each was read as, the verdict, the confidence,
 * how long it took and which model version read it (versions can change while a session draws). A drawing's later strokes update its row; at most {@value #MAX_HISTORY}.
 */
class HistoryGrid extends Grid<HistoryEntry> {

    /** The oldest drawings go beyond this: a session's memory stays bounded however long it draws. */
    static final int MAX_HISTORY = 100;
    /** No drawing yet: the pad numbers its drawings from 0. */
    private static final int NO_DRAWING = -1;

    private final List<HistoryEntry> entries = new ArrayList<>();
    /** The pad's number of the drawing in the top row: its later strokes update that row. */
    private int drawingInTopRow = NO_DRAWING;

    HistoryGrid() {
        setId("history");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        // a template, not a component per row: an update re-sends only the rows' data
        addColumn(LitRenderer.<HistoryEntry>of("<img src=${item.src} alt=${item.alt} height=\"48\">")
                .withProperty("src", HistoryEntry::thumbnail)
                .withProperty("alt", entry -> entry.verdict() == Verdict.DIGIT
                        ? "Drawing recognised as " + entry.text() : "Drawing: " + verdictInAWord(entry)))
                .setHeader("Drawing").setWidth("140px").setFlexGrow(0);
        addColumn(HistoryEntry::text).setHeader("Read").setAutoWidth(true);
        addColumn(HistoryGrid::verdictInAWord).setHeader("Verdict").setAutoWidth(true);
        addColumn(entry -> ReadingPanel.percent(entry.confidence())).setHeader("Confidence").setAutoWidth(true);
        addColumn(entry -> entry.isNumber() ? ""
                : entry.runnerUp() + " (" + ReadingPanel.percent(entry.runnerUpProbability()) + ")")
                .setHeader("Runner-up").setAutoWidth(true);
        addColumn(entry -> entry.time().format(DateTimeFormatter.ISO_LOCAL_TIME)).setHeader("Time")
                .setAutoWidth(true);
        addColumn(entry -> String.format(Locale.ROOT, "%.1f ms", entry.elapsedMs()))
                .setHeader("Latency").setAutoWidth(true);
        addColumn(HistoryEntry::modelVersion).setHeader("Model").setAutoWidth(true);
        // a fixed height keeps the grid lazy: only the rows in view travel to the browser
        setHeight("400px");
        setItems(entries);
    }

    /** Adds drawing number {@code drawing}'s row on top, or updates it when it is the top row already. */
    void record(int drawing, HistoryEntry entry) {
        if (drawing == drawingInTopRow) {
            entries.set(0, entry);
        } else {
            entries.add(0, entry);
            drawingInTopRow = drawing;
            if (entries.size() > MAX_HISTORY) {
                entries.removeLast();
            }
        }
        getDataProvider().refreshAll();
    }

    /** Drawing number {@code drawing} cannot be read after all: the row its earlier strokes made goes. */
    void forget(int drawing) {
        if (drawing == drawingInTopRow) {
            entries.removeFirst();
            drawingInTopRow = NO_DRAWING;
            getDataProvider().refreshAll();
        }
    }

    /** "digit", "not sure: 4 or 9" or "not a digit"; for a number "number" or "not sure of every digit". */
    private static String verdictInAWord(HistoryEntry entry) {
        if (entry.isNumber()) {
            return switch (entry.verdict()) {
                case DIGIT -> "number";
                case UNSURE, NOT_A_DIGIT -> "not sure of every digit";
            };
        }
        return switch (entry.verdict()) {
            case DIGIT -> "digit";
            case UNSURE -> "not sure: " + entry.digit() + " or " + entry.runnerUp();
            case NOT_A_DIGIT -> "not a digit";
        };
    }
}
