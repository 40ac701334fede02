package io.tokenstack.advisor.knowledge;

/** The best-ranked stack that holds a tool, for rules that compare tools by their stacks. */
public record BestStack(String tool, Candidate candidate) {
}
