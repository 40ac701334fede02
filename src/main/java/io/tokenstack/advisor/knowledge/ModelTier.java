package io.tokenstack.advisor.knowledge;

/** The price tier the rules placed a model in. */
public record ModelTier(String model, String tier, String rule) {
}
