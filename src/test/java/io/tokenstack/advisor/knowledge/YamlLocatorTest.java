package io.tokenstack.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlLocatorTest {

    private static final String TEXT = """
            # a comment
            tools:
              - id: rtk
                claimed:
                  effects:
                    - {on: shellOutput, ratio: 0.80}
                    - on: output
                      ratio: 0.5
              - id: gpt-5.5
                setup:
                  minutesPerDeveloper: 5
            """;

    private final YamlLocator lines = YamlLocator.of(TEXT);

    @Test
    void fieldsListItemsAndFlowMapsHaveTheirLines() {
        assertThat(lines.lineOf("tools")).isEqualTo(2);
        assertThat(lines.lineOf("tools[0].claimed")).isEqualTo(4);
        assertThat(lines.lineOf("tools[0].claimed.effects[0].ratio")).isEqualTo(6);
        assertThat(lines.lineOf("tools[0].claimed.effects[1].ratio")).isEqualTo(8);
    }

    @Test
    void aSegmentThatIsNoFieldNamesAListEntryById() {
        assertThat(lines.lineOf("tools.rtk.claimed.effects[1]")).isEqualTo(7);
        assertThat(lines.lineOfEntry("tools", "gpt-5.5", "setup.minutesPerDeveloper"))
                .isEqualTo(11);
    }

    @Test
    void aMissingPartStopsAtTheDeepestPartFound() {
        assertThat(lines.lineOf("tools.rtk.measured.effects")).isEqualTo(3);
        assertThat(lines.has("tools.rtk.measured")).isFalse();
        assertThat(lines.has("tools[1].setup")).isTrue();
        assertThat(lines.lineOf("")).isEqualTo(2);
    }

    @Test
    void textThatIsNotYamlKnowsWhereItStopped() {
        YamlLocator broken = YamlLocator.of("a: 1\nb: [1, 2\nc: 3\n");
        assertThat(broken.parsed()).isFalse();
        assertThat(broken.errorLine()).isBetween(2, 4);
        assertThat(broken.lineOf("a")).isEqualTo(broken.errorLine());
    }
}
