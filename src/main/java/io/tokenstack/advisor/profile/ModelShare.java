package io.tokenstack.advisor.profile;

import java.math.BigDecimal;

/** Share of the team's sessions that run on one model. */
public record ModelShare(String id, BigDecimal share) {
}
