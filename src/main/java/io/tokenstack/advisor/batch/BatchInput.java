package io.tokenstack.advisor.batch;

import io.tokenstack.advisor.profile.TeamProfile;

/**
 * One profile of a batch, read but not yet validated; {@code readError} is set instead when
 * the text could not be read as a profile at all.
 */
record BatchInput(String origin, TeamProfile profile, RuntimeException readError) {
}
