package io.tokenstack.advisor.compare;

import io.tokenstack.advisor.profile.TeamProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What to compare: a team profile, a stack of tools and the levers to apply, for some models.
 * Ids are checked by {@link CompareService}, which names each bad one.
 *
 * @param stack tool ids; null means the article's full stack
 *     ({@link CompareService#ARTICLE_STACK}); empty or {@code ["none"]} means no tools
 * @param models model ids, one row each; null or empty means every model of the catalog
 * @param batch send the profile's batchable share of sessions through the batch API (every
 *     session when it has none, as the article's batch table does)
 * @param cache let the prompt cache serve the profile's repeated input share
 * @param evidence {@code measured} or {@code claimed}; null keeps the profile's
 */
public record CompareRequest(
        TeamProfile profile,
        List<String> stack,
        List<String> models,
        boolean batch,
        boolean cache,
        String evidence) {

    public CompareRequest {
        // Not List.copyOf: a null id must reach the checks and come back as a named problem.
        stack = stack == null ? null : Collections.unmodifiableList(new ArrayList<>(stack));
        models = models == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(models));
    }
}
