package com.digitrecognizer.recognition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KernelsTest {

    private static final String XEON = """
            processor\t: 0
            model name\t: Intel(R) Xeon(R) Processor
            flags\t\t: fpu vme avx512f avx512_bf16 amx_bf16 amx_tile amx_int8
            bugs\t\t: spectre_v1
            """;
    private static final String EPYC_WITH_BFLOAT16 = """
            processor\t: 0
            vendor_id\t: AuthenticAMD
            cpu family\t: 25
            model\t\t: 17
            model name\t: AMD EPYC
            flags\t\t: fpu vme avx2 avx512f avx512_bf16 vaes
            """;
    /** AMD's Zen 5: the same flags, a later family. */
    private static final String EPYC_ZEN5 = EPYC_WITH_BFLOAT16.replace("cpu family\t: 25", "cpu family\t: 26");
    private static final String EPYC = """
            processor\t: 0
            model name\t: AMD EPYC
            flags\t\t: fpu vme avx2 avx512f amx_bf16_not_a_flag
            """;

    @Test
    void flagsAreReadFromTheFlagsLineOnly() {
        assertThat(Kernels.hasFlag(XEON, "amx_bf16")).isTrue();
        assertThat(Kernels.hasFlag(EPYC, "amx_bf16")).isFalse();
        assertThat(Kernels.hasFlag("", "amx_bf16")).isFalse();
        // a word elsewhere than in the flags is no flag
        assertThat(Kernels.hasFlag("model name\t: amx_bf16\n", "amx_bf16")).isFalse();
    }

    @Test
    void bfloat16HardwareIsAmxOrAvx512() {
        assertThat(Kernels.multipliesBfloat16(XEON)).isTrue();
        assertThat(Kernels.multipliesBfloat16(EPYC_WITH_BFLOAT16)).isTrue();
        assertThat(Kernels.multipliesBfloat16(EPYC_ZEN5)).isTrue();
        assertThat(Kernels.multipliesBfloat16(EPYC)).isFalse();
        assertThat(Kernels.multipliesBfloat16("")).isFalse();
    }

    @Test
    void bfloat16IsFasterOnAmxAndOnAvx512BeforeZen5() {
        assertThat(Kernels.bfloat16Faster(XEON)).isTrue();
        assertThat(Kernels.bfloat16Faster(EPYC_WITH_BFLOAT16)).isTrue();
        assertThat(Kernels.bfloat16Faster(EPYC_ZEN5)).isFalse();
        assertThat(Kernels.bfloat16Faster(EPYC_ZEN5.replace("AuthenticAMD", "GenuineIntel"))).isTrue();
        assertThat(Kernels.bfloat16Faster(EPYC)).isFalse();
        assertThat(Kernels.bfloat16Faster("")).isFalse();
    }

    @Test
    void bfloat16OnlyWhereOneDnnAnswersOnBfloat16Hardware() {
        assertThat(new Kernels(true, true, true).bfloat16()).isTrue();
        assertThat(new Kernels(true, true, false).bfloat16()).isTrue(); // oneDNN's float32 is slower still
        assertThat(new Kernels(true, false, false).bfloat16()).isFalse();
        assertThat(new Kernels(false, true, true).bfloat16()).isFalse();
        assertThat(new Kernels(false, false, false).bfloat16()).isFalse();
    }

    @Test
    void theStartUpLineNamesTheFasterChoiceWhereThisIsNotIt() {
        assertThat(new Kernels(true, true, true).description()).contains("bfloat16").doesNotContain("faster");
        assertThat(new Kernels(true, true, false).description()).contains("bfloat16")
                .contains("TF_ENABLE_ONEDNN_OPTS=0 answers faster");
        assertThat(new Kernels(true, false, false).description()).contains("TF_ENABLE_ONEDNN_OPTS=0 answers faster");
        assertThat(new Kernels(false, true, true).description()).contains("TF_ENABLE_ONEDNN_OPTS=1 answers faster");
        assertThat(new Kernels(false, true, false).description()).isEqualTo("TensorFlow's own kernels");
        assertThat(new Kernels(false, false, false).description()).isEqualTo("TensorFlow's own kernels");
    }
}
