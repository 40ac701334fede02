package io.tokenstack.advisor.knowledge;

/** A tool the rules took out of every stack, with the rule and the reason. */
public record Exclusion(String tool, String rule, String reason) {
}
