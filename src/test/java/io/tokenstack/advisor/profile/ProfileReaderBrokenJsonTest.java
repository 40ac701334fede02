package io.tokenstack.advisor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenstack.advisor.support.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JSON that stops inside a field is malformed, and is told so with its place only. */
class ProfileReaderBrokenJsonTest {

    @Test
    void aBodyEndingInsideAListIsMalformedJsonWithItsPlace() {
        byte[] body = "{\"name\": \"t\", \"models\": [".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new ProfileReader().readJson("body", body))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).field())
                            .isNull();
                    assertThat(e.problems().get(0).message())
                            .isEqualTo("not a valid JSON profile (line 1, column 26): "
                                    + "Unexpected end-of-input: expected close marker for "
                                    + "Array (start marker at line 1, column 25)");
                });
    }
}
