package io.tokenstack.advisor.knowledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One stack the advisor weighs: its tools, its levers and what the cost model says it is
 * worth. The numbers are set before the verdict rules run; the rules set the verdict
 * (rejection, priority) and write the sentences.
 */
public final class Candidate {

    private final List<String> stack;
    private final List<String> levers;
    private final CandidateFigures figures;
    private final Supplier<CandidateFigures> otherEvidenceSource;
    private final String id;
    private CandidateFigures otherEvidence;
    private final int riskScore;
    private final List<String> modelsBroughtUnderTier;
    private final List<Finding> explanation = new ArrayList<>();
    private final List<Finding> warnings = new ArrayList<>();
    private String rejectedRule;
    private String rejectedReason;
    private String priority;
    private int rank;

    public Candidate(List<String> stack, List<String> levers, CandidateFigures figures,
            CandidateFigures otherEvidence, int riskScore, List<String> modelsBroughtUnderTier) {
        this(stack, levers, figures, () -> otherEvidence, riskScore, modelsBroughtUnderTier);
    }

    /**
     * @param otherEvidence priced on first use: only the top stack and the shown ones need it,
     *     and pricing every candidate twice would double the cost of an advice
     */
    public Candidate(List<String> stack, List<String> levers, CandidateFigures figures,
            Supplier<CandidateFigures> otherEvidence, int riskScore,
            List<String> modelsBroughtUnderTier) {
        this.stack = List.copyOf(stack);
        this.levers = List.copyOf(levers);
        this.figures = figures;
        this.otherEvidenceSource = otherEvidence;
        this.riskScore = riskScore;
        this.modelsBroughtUnderTier = List.copyOf(modelsBroughtUnderTier);
        String tools = stack.isEmpty() ? "none" : String.join("+", stack);
        this.id = levers.isEmpty() ? tools : tools + " with " + String.join("+", levers);
    }

    public String getId() {
        return id;
    }

    public boolean isDoNothing() {
        return stack.isEmpty() && levers.isEmpty();
    }

    public boolean hasTool(String tool) {
        return stack.contains(tool);
    }

    public boolean hasLever(String lever) {
        return levers.contains(lever);
    }

    public boolean isSingleTool() {
        return stack.size() == 1 && levers.isEmpty();
    }

    public List<String> getStack() {
        return stack;
    }

    public List<String> getLevers() {
        return levers;
    }

    public CandidateFigures getFigures() {
        return figures;
    }

    /** The same stack priced on the other evidence level, for the savings range. */
    public CandidateFigures getOtherEvidence() {
        if (otherEvidence == null) {
            otherEvidence = otherEvidenceSource.get();
        }
        return otherEvidence;
    }

    public BigDecimal getMonthlySavingsUsd() {
        return figures.monthlySavingsUsd();
    }

    public BigDecimal getSetupCostUsd() {
        return figures.setupCostUsd();
    }

    public BigDecimal getNetValueUsd() {
        return figures.netValueUsd();
    }

    /** Null when the stack never pays back. */
    public BigDecimal getBreakEvenWorkingDays() {
        return figures.breakEvenWorkingDays();
    }

    public BigDecimal getHorizonWorkingDays() {
        return figures.horizonWorkingDays();
    }

    public BigDecimal getWorkingDaysPerMonth() {
        return figures.workingDaysPerMonth();
    }

    public boolean isPaysBackOnOtherEvidence() {
        return getOtherEvidence().paysBackWithinHorizon();
    }

    public boolean isPaysBack() {
        return figures.paysBackWithinHorizon();
    }

    public int getRiskScore() {
        return riskScore;
    }

    public List<String> getModelsBroughtUnderTier() {
        return modelsBroughtUnderTier;
    }

    public void reject(String rule, String reason) {
        this.rejectedRule = rule;
        this.rejectedReason = reason;
    }

    public boolean isRejected() {
        return rejectedRule != null;
    }

    public String getRejectedRule() {
        return rejectedRule;
    }

    public String getRejectedReason() {
        return rejectedReason;
    }

    public void prioritise(String priority) {
        this.priority = priority;
    }

    public String getPriority() {
        return priority;
    }

    public int getRank() {
        return rank;
    }

    public void setRank(int rank) {
        this.rank = rank;
    }

    public void explain(String rule, String text) {
        explanation.add(new Finding(Finding.EXPLANATION, rule, text, null, null));
    }

    public void warn(String rule, String text) {
        warnings.add(new Finding(Finding.WARNING, rule, text, null, null));
    }

    public List<Finding> getExplanation() {
        return explanation;
    }

    public List<Finding> getWarnings() {
        return warnings;
    }
}
