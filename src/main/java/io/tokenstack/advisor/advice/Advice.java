package io.tokenstack.advisor.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The advice as users see it, in the shell's JSON and over HTTP. Money is rounded here, for
 * display: USD per month to cents, per session to six decimals.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Advice(
        String profile,
        KnowledgeBaseInfo knowledgeBase,
        String evidence,
        Baseline baseline,
        List<Recommendation> recommendations,
        List<Recommendation> notRecommended,
        List<Excluded> excluded,
        List<Note> explanation,
        List<Note> warnings,
        List<String> firedRules,
        int candidatesWeighed) {

    public record KnowledgeBaseInfo(String version, String loadedAt, String rules,
            String pricing) {
    }

    public record Baseline(BigDecimal perSessionUsd, BigDecimal perDeveloperMonthUsd,
            BigDecimal monthlyCostUsd, BigDecimal sessionsPerMonth, List<ModelLine> models) {
    }

    /** A model of the mix with the prices used and where they came from. */
    public record ModelLine(String id, String name, BigDecimal share, String tier,
            BigDecimal inputUsdPerMillion, BigDecimal outputUsdPerMillion, String priceSource,
            String priceAsOf, BigDecimal perSessionUsd) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Recommendation(
            Integer rank,
            String priority,
            List<String> stack,
            List<String> levers,
            BigDecimal monthlyCostUsd,
            BigDecimal monthlySavingsUsd,
            BigDecimal perDeveloperMonthlySavingsUsd,
            BigDecimal savingsPercent,
            SavingsRange savingsRangeUsd,
            BigDecimal setupCostUsd,
            BigDecimal upkeepMonthlyUsd,
            BigDecimal netValueUsd,
            BigDecimal breakEvenWorkingDays,
            List<ToolEvidence> evidence,
            List<Note> explanation,
            List<Note> warnings,
            Note rejected) {
    }

    /** Monthly savings from the lower to the higher of measured and claimed evidence. */
    public record SavingsRange(BigDecimal low, BigDecimal high, String lowEvidence,
            String highEvidence) {
    }

    /** Which evidence priced a tool of the stack, and where it comes from. */
    public record ToolEvidence(String tool, String level, String source) {
    }

    public record Note(String rule, String text) {
    }

    public record Excluded(String tool, String rule, String reason) {
    }
}
