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
            model name\t: AMD EPYC
            flags\t\t: fpu vme avx2 avx512f avx512_bf16 vaes
            """;
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
        assertThat(Kernels.multipliesBfloat16(EPYC)).isFalse();
        assertThat(Kernels.multipliesBfloat16("")).isFalse();
    }

    @Test
    void bfloat16OnlyWhereOneDnnAnswersOnBfloat16Hardware() {
        assertThat(new Kernels(true, true).bfloat16()).isTrue();
        assertThat(new Kernels(true, false).bfloat16()).isFalse();
        assertThat(new Kernels(false, true).bfloat16()).isFalse();
        assertThat(new Kernels(false, false).bfloat16()).isFalse();
    }

    @Test
    void theStartUpLineNamesTheFasterChoiceWhereThisIsNotIt() {
        assertThat(new Kernels(true, true).description()).contains("bfloat16").doesNotContain("faster");
        assertThat(new Kernels(true, false).description()).contains("TF_ENABLE_ONEDNN_OPTS=0 answers faster");
        assertThat(new Kernels(false, true).description()).contains("TF_ENABLE_ONEDNN_OPTS=1 answers faster");
        assertThat(new Kernels(false, false).description()).isEqualTo("TensorFlow's own kernels");
    }
}
