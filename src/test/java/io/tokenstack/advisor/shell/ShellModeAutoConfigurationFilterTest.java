package io.tokenstack.advisor.shell;

import static io.tokenstack.advisor.shell.ShellModeAutoConfigurationFilter.INTERACTIVE;
import static io.tokenstack.advisor.shell.ShellModeAutoConfigurationFilter.ONE_SHOT;
import static io.tokenstack.advisor.shell.ShellModeAutoConfigurationFilter.leftOut;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShellModeAutoConfigurationFilterTest {

    private static final String METRICS =
            "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration";
    private static final String LINE_READER =
            "org.springframework.shell.boot.LineReaderAutoConfiguration";
    private static final String JACKSON =
            "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration";

    @Test
    void servingAndTestsKeepEverything() {
        assertThat(leftOut(null, METRICS)).isFalse();
        assertThat(leftOut(null, LINE_READER)).isFalse();
    }

    @Test
    void bothShellModesDropWhatOnlyTheWebUses() {
        assertThat(leftOut(INTERACTIVE, METRICS)).isTrue();
        assertThat(leftOut(ONE_SHOT, METRICS)).isTrue();
        assertThat(leftOut(ONE_SHOT, "org.springdoc.core.configuration.SpringDocConfiguration"))
                .isTrue();
    }

    @Test
    void onlyAOneShotCommandDropsTheLineEditor() {
        assertThat(leftOut(ONE_SHOT, LINE_READER)).isTrue();
        assertThat(leftOut(INTERACTIVE, LINE_READER)).isFalse();
    }

    @Test
    void whatCommandsUseStays() {
        assertThat(leftOut(ONE_SHOT, JACKSON)).isFalse();
        assertThat(leftOut(ONE_SHOT,
                "org.springframework.shell.boot.CommandCatalogAutoConfiguration")).isFalse();
    }
}
