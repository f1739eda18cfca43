package com.digitrecognizer.training;

/** Hears how a training run goes, on the training thread: keep it quick. */
@FunctionalInterface
public interface TrainingListener {

    void progress(TrainingProgress progress);
}
