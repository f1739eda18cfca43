package com.digitrecognizer.models;

/** A registry operation that was refused; {@link #problem()} says why, the message says it in words. */
public class ModelRegistryException extends RuntimeException {

    /**
     * Why: no such version; a broken version (or folder) that may not go live; a version that failed
     * its gate; a concurrent promotion won.
     */
    public enum Problem {
        UNKNOWN_VERSION, BROKEN, GATE_FAILED, CONFLICT
    }

    private final Problem problem;

    ModelRegistryException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
