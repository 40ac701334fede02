package io.tokenstack.advisor.knowledge;

import java.math.BigDecimal;
import java.util.List;

/**
 * Candidates with figures set by hand, as the cost model would have set them. Defaults: a
 * month of 22 working days, a 12-month horizon (264 days), $100.00 saved a month, $10.00 of
 * setup, no upkeep, break-even 2.2 days, the same figures on the other evidence level.
 */
final class Candidates {

    private final List<String> stack;
    private List<String> levers = List.of();
    private BigDecimal savings = new BigDecimal("100.00");
    private BigDecimal setup = new BigDecimal("10.00");
    private BigDecimal upkeep = BigDecimal.ZERO;
    private BigDecimal net = new BigDecimal("1190.00");
    private BigDecimal breakEven = new BigDecimal("2.2");
    private CandidateFigures other;
    private int rank;
    private List<String> underTier = List.of();

    private Candidates(List<String> stack) {
        this.stack = stack;
    }

    static Candidates candidate(String... tools) {
        return new Candidates(List.of(tools));
    }

    static Candidates doNothing() {
        return new Candidates(List.of()).savings("0").setup("0").net("0").breakEven(null);
    }

    Candidates levers(String... ids) {
        this.levers = List.of(ids);
        return this;
    }

    Candidates savings(String usd) {
        this.savings = new BigDecimal(usd);
        return this;
    }

    Candidates setup(String usd) {
        this.setup = new BigDecimal(usd);
        return this;
    }

    Candidates upkeep(String usd) {
        this.upkeep = new BigDecimal(usd);
        return this;
    }

    Candidates net(String usd) {
        this.net = new BigDecimal(usd);
        return this;
    }

    /** Working days to break even; null when the stack never pays back. */
    Candidates breakEven(String days) {
        this.breakEven = days == null ? null : new BigDecimal(days);
        return this;
    }

    /** The other evidence level: its monthly savings and break-even. */
    Candidates otherEvidence(String monthlySavings, String breakEvenDays) {
        this.other = figures("measured", new BigDecimal(monthlySavings),
                breakEvenDays == null ? null : new BigDecimal(breakEvenDays));
        return this;
    }

    Candidates rank(int value) {
        this.rank = value;
        return this;
    }

    Candidates broughtUnderTier(String... models) {
        this.underTier = List.of(models);
        return this;
    }

    Candidate build() {
        CandidateFigures figures = figures("claimed", savings, breakEven);
        Candidate candidate = new Candidate(stack, levers, figures,
                other == null ? figures("measured", savings, breakEven) : other, 0, underTier);
        candidate.setRank(rank);
        return candidate;
    }

    private CandidateFigures figures(String evidence, BigDecimal monthlySavings,
            BigDecimal days) {
        BigDecimal baseline = new BigDecimal("1000.00");
        return new CandidateFigures(evidence, baseline, baseline.subtract(monthlySavings),
                monthlySavings, monthlySavings, setup,
                upkeep, net, days, BigDecimal.valueOf(264), BigDecimal.valueOf(22));
    }
}
