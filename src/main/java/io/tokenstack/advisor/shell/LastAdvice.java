package io.tokenstack.advisor.shell;

import io.tokenstack.advisor.advice.Advice;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The advice this shell gave last, and the profile it was for, so that {@code explain} and
 * {@code whatif} can follow up on it without naming the profile again.
 */
@Component
class LastAdvice {

    record Entry(String origin, TeamProfile profile, Advice advice) {
    }

    private final AtomicReference<Entry> last = new AtomicReference<>();

    void remember(String origin, TeamProfile profile, Advice advice) {
        last.set(new Entry(origin, profile, advice));
    }

    Optional<Entry> get() {
        return Optional.ofNullable(last.get());
    }

    Entry require(String command) {
        return get().orElseThrow(() -> new InvalidInputException(new InputProblem(command, null,
                "no advice yet in this shell; run advise first, e.g. advise "
                        + "profiles/article-baseline.yaml")));
    }
}
