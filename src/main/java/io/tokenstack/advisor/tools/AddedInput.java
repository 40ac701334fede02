package io.tokenstack.advisor.tools;

/**
 * Input a tool adds by itself on every turn (caveman's skill text). It is a measured fact the
 * vendors' headlines leave out, so it counts under measured evidence only.
 */
public record AddedInput(long tokensPerTurn, String on, String source) {
}
