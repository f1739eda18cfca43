package com.digitrecognizer.models;

import com.digitrecognizer.training.GateFigures;

/**
 * The promotion gate's verdict on a retrained model: its figures and the live one's, measured on
 * the same sets, and why it may not be promoted when it may not.
 */
public record GateOutcome(GateFigures candidate, GateFigures live, String comparedWithVersion, boolean passed,
                          String reason) {
}
