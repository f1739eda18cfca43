package com.digitrecognizer.recognition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Which of TensorFlow's CPU kernels answer in this process, and whether the network runs in
 * bfloat16. TensorFlow takes oneDNN's kernels on x86 unless TF_ENABLE_ONEDNN_OPTS=0 was in the
 * environment when the process started (the JVM cannot change its own). Where oneDNN answers on a
 * CPU that multiplies bfloat16 in hardware (Intel AMX, or AVX-512 BF16 as on recent AMD EPYC), its
 * mixed-precision rewrite makes a batch of candidates two to four times faster and answers the same
 * to within a number in 3,000 (bench/RESULTS.md, rounds 22 and 23); elsewhere oneDNN would emulate it,
 * and TensorFlow's own kernels ignore it.
 *
 * @param oneDnn           whether oneDNN's kernels answer
 * @param bfloat16Hardware whether the CPU has bfloat16 multiplications (flags amx_bf16 or avx512_bf16)
 */
record Kernels(boolean oneDnn, boolean bfloat16Hardware) {

    /** The /proc/cpuinfo flags of bfloat16 multiplications: Intel AMX's, and AVX-512's. */
    private static final List<String> BFLOAT16_FLAGS = List.of("amx_bf16", "avx512_bf16");

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
        return new Kernels(oneDnn, multipliesBfloat16(cpuInfo()));
    }

    /** Whether the network is asked to run in bfloat16: oneDNN's kernels on a CPU that multiplies it. */
    boolean bfloat16() {
        return oneDnn && bfloat16Hardware;
    }

    /** What the start-up line says, with the faster choice where this is not it. */
    String description() {
        if (bfloat16()) {
            return "TensorFlow's oneDNN kernels, in bfloat16 (the CPU multiplies it)";
        }
        if (oneDnn) {
            return "TensorFlow's oneDNN kernels (TF_ENABLE_ONEDNN_OPTS=0 answers faster without bfloat16 in the CPU)";
        }
        return bfloat16Hardware ? "TensorFlow's own kernels (TF_ENABLE_ONEDNN_OPTS=1 answers faster: this CPU multiplies bfloat16)"
                : "TensorFlow's own kernels";
    }

    /** Whether the CPU described by {@code cpuInfo} multiplies bfloat16 in hardware. */
    static boolean multipliesBfloat16(String cpuInfo) {
        return BFLOAT16_FLAGS.stream().anyMatch(flag -> hasFlag(cpuInfo, flag));
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
            return ""; // not Linux, or not readable: no bfloat16 hardware known
        }
    }
}
