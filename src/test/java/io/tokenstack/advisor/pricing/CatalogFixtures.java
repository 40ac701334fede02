package io.tokenstack.advisor.pricing;

/** Small catalogs for loader tests; each test breaks one thing in {@link #VALID}. */
final class CatalogFixtures {

    static final String VALID = """
            sources:
              list:
                title: Example price list
                reference: https://example.com/prices
                asOf: 2026-01-15
                dateKind: published
            models:
              - id: alpha
                provider: example
                name: Alpha
                contextWindow: 200000
                base: {input: 2.00, output: 8.00, source: list}
                cache: {read: 0.20, write5m: 2.50, source: list}
                batch: {input: 1.00, output: 4.00, source: list}
                longContext:
                  - {aboveTokens: 400000, input: 6, output: 20, source: list}
                  - {aboveTokens: 200000, input: 4, output: 16, cacheRead: 0.4, source: list}
                reasoning: {multiplierMin: 3, multiplierMax: 6, source: list}
                alternatives:
                  - {input: 2.5, output: 9, source: list, note: reseller}
              - id: alpha-fast
                provider: example
                name: Alpha (fast)
                litellmKey: example/alpha-fast
                base: {input: 4.00, output: 16.00, source: list}
                fastModeOf: alpha
            """;

    private CatalogFixtures() {
    }
}
