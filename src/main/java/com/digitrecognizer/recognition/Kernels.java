package com.digitrecognizer.recognition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Which of TensorFlow's CPU kernels answer in this process, and whether the network runs in
 * bfloat16. TensorFlow takes oneDNN's kernels on x86 unless TF_ENABLE_ONEDNN_OPTS=0 was in the
 * environment when the process started (the JVM cannot change its own). Where oneDNN answers on a
 * CPU that multiplies bfloat16 in hardware (Intel AMX), its mixed-precision rewrite makes a batch of
 * candidates three to four times faster, answers the same to within a number in 3,000 (bench/RESULTS.md,
 * round 22); without AMX oneDNN would emulate it, and TensorFlow's own kernels ignore it.
 *
 * @param oneDnn whether oneDNN's kernels answer
 * @param amx    whether the CPU has AMX's bfloat16 instructions
 */
record Kernels(boolean oneDnn, boolean amx) {

    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");
    /** Neither the environment nor the CPU changes while the process runs: read once. */
    private static final Kernels THIS_PROCESS = read();

    /** The kernels of this process, from its environment and the CPU's flags. */
    static Kernels ofThisProcess() {
        return THIS_PROCESS;
    }

    private static Kernels read() {
        String setting = System.getenv("TF_ENABLE_ONEDNN_OPTS");
        boolean oneDnn = !("0".equals(setting) || "false".equalsIgnoreCase(setting));
        return new Kernels(oneDnn, hasFlag(cpuInfo(), "amx_bf16"));
    }

    /** Whether the network is asked to run in bfloat16: oneDNN's kernels on AMX. */
    boolean bfloat16() {
        return oneDnn && amx;
    }

    /** What the start-up line says, with the faster choice where this is not it. */
    String description() {
        if (bfloat16()) {
            return "TensorFlow's oneDNN kernels, in bfloat16 on the CPU's AMX";
        }
        if (oneDnn) {
            return "TensorFlow's oneDNN kernels (TF_ENABLE_ONEDNN_OPTS=0 answers faster without AMX)";
        }
        return amx ? "TensorFlow's own kernels (TF_ENABLE_ONEDNN_OPTS=1 answers faster on this CPU's AMX)"
                : "TensorFlow's own kernels";
    }

    /** Whether a {@code flags} line of {@code cpuInfo} names {@code flag}. */
    static boolean hasFlag(String cpuInfo, String flag) {
        return cpuInfo.lines()
                .filter(line -> line.startsWith("flags"))
                .anyMatch(line -> Arrays.asList(line.substring(line.indexOf(':') + 1).trim().split("\\s+")).contains(flag));
    }

    private static String cpuInfo() {
        try {
            return Files.readString(CPU_INFO);
        } catch (IOException | RuntimeException e) {
            return ""; // not Linux, or not readable: no AMX known
        }
    }
}
