package com.digitrecognizer.models;

/** A registry operation that was refused; {@link #problem()} says why, the message says it in words. */
public class ModelRegistryException extends RuntimeException {

    /**
     * Why: no such version; a broken version (or folder) that may not go live; a version that failed
     * its gate; a concurrent promotion won.
     */
    public enum Problem {
        UNKNOWN_VERSION, BROKEN, GATE_FAILED, CONFLICT,
        /** The database has not said yet which version is live (it was away at start-up). */
        NOT_KNOWN_YET
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
