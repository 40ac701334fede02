package io.tokenstack.advisor.knowledge;

/** A rule as a reviewer sees it: its name, its file and its one-sentence meaning. */
public record RuleInfo(String name, String file, String description) {
}
