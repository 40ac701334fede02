package io.tokenstack.advisor.knowledge;

/** Two tools that compete for the same slot and are never stacked. */
public record Incompatibility(String first, String second, String slot, String rule) {

    public boolean involves(String tool) {
        return first.equals(tool) || second.equals(tool);
    }
}
