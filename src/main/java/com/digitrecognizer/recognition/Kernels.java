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
 * and TensorFlow's own kernels ignore it. On AMD's Zen 5 (CPU family 26), though, oneDNN's kernels are
 * slower than TensorFlow's own in either precision (round 44): there the own kernels are the faster choice.
 *
 * @param oneDnn           whether oneDNN's kernels answer
 * @param bfloat16Hardware whether the CPU has bfloat16 multiplications (flags amx_bf16 or avx512_bf16)
 * @param bfloat16Faster   whether oneDNN in bfloat16 answers faster here than TensorFlow's own kernels
 */
record Kernels(boolean oneDnn, boolean bfloat16Hardware, boolean bfloat16Faster) {

    /** The /proc/cpuinfo flags of bfloat16 multiplications: Intel AMX's, and AVX-512's. */
    private static final List<String> BFLOAT16_FLAGS = List.of("amx_bf16", "avx512_bf16");

    /** AMD's first CPU family (Zen 5) where oneDNN's kernels were slower than the own ones (round 44). */
    private static final int AMD_FAMILY_OWN_KERNELS_FASTER = 26;

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
        String cpuInfo = cpuInfo();
        return new Kernels(oneDnn, multipliesBfloat16(cpuInfo), bfloat16Faster(cpuInfo));
    }

    /** Whether the network is asked to run in bfloat16: oneDNN's kernels on a CPU that multiplies it. */
    boolean bfloat16() {
        return oneDnn && bfloat16Hardware;
    }

    /** What the start-up line says, with the faster choice where this is not it. */
    String description() {
        if (bfloat16()) {
            return bfloat16Faster ? "TensorFlow's oneDNN kernels, in bfloat16 (the CPU multiplies it)"
                    : "TensorFlow's oneDNN kernels, in bfloat16 (TF_ENABLE_ONEDNN_OPTS=0 answers faster on this CPU)";
        }
        if (oneDnn) {
            return "TensorFlow's oneDNN kernels (TF_ENABLE_ONEDNN_OPTS=0 answers faster without bfloat16 in the CPU)";
        }
        return bfloat16Faster ? "TensorFlow's own kernels (TF_ENABLE_ONEDNN_OPTS=1 answers faster: this CPU multiplies bfloat16)"
                : "TensorFlow's own kernels";
    }

    /** Whether the CPU described by {@code cpuInfo} multiplies bfloat16 in hardware. */
    static boolean multipliesBfloat16(String cpuInfo) {
        return BFLOAT16_FLAGS.stream().anyMatch(flag -> hasFlag(cpuInfo, flag));
    }

    /**
     * Whether oneDNN in bfloat16 answers faster than TensorFlow's own kernels on the CPU described by
     * {@code cpuInfo}: measured so on Intel AMX and on AVX-512 BF16 before AMD's Zen 5.
     */
    static boolean bfloat16Faster(String cpuInfo) {
        String family = value(cpuInfo, "cpu family");
        boolean zen5OrLater = "AuthenticAMD".equals(value(cpuInfo, "vendor_id")) && family.matches("\\d+")
                && Integer.parseInt(family) >= AMD_FAMILY_OWN_KERNELS_FASTER;
        return hasFlag(cpuInfo, "amx_bf16") || hasFlag(cpuInfo, "avx512_bf16") && !zen5OrLater;
    }

    /** Whether the {@code flags} line of {@code cpuInfo} names {@code flag}. */
    static boolean hasFlag(String cpuInfo, String flag) {
        return Arrays.asList(value(cpuInfo, "flags").split("\\s+")).contains(flag);
    }

    /** The value of the first {@code key : value} line of {@code cpuInfo} with that key, or "" (the first core's). */
    private static String value(String cpuInfo, String key) {
        return cpuInfo.lines()
                .filter(line -> line.indexOf(':') > 0 && line.substring(0, line.indexOf(':')).trim().equals(key))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst().orElse("");
    }

    private static String cpuInfo() {
        try {
            return Files.readString(CPU_INFO);
        } catch (IOException | RuntimeException e) {
            return ""; // not Linux, or not readable: no bfloat16 hardware known
        }
    }
}
