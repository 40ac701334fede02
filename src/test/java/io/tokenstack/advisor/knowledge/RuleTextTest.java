package io.tokenstack.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleTextTest {

    private static final String DRL = """
            package tokenstack.rules;

            rule "First"
                @description("one")
            when
                $s : String()
            then
                System.out.println("the end of it");
            end

            rule "FirstAndMore"
            when
            then
            end
            """;

    @Test
    void takesTheRuleFromItsDeclarationToItsEnd() {
        RuleText text = RuleText.find("x.drl", DRL, "First").orElseThrow();

        assertThat(text.line()).isEqualTo(3);
        assertThat(text.text()).startsWith("rule \"First\"\n").endsWith("end\n")
                .contains("the end of it").doesNotContain("FirstAndMore");
    }

    @Test
    void aNameThatOnlyPrefixesAnotherIsNotConfusedWithIt() {
        RuleText text = RuleText.find("x.drl", DRL, "FirstAndMore").orElseThrow();

        assertThat(text.line()).isEqualTo(11);
        assertThat(RuleText.find("x.drl", DRL, "Firs")).isEmpty();
    }
}
