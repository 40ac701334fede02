package io.tokenstack.advisor.knowledge;

import static io.tokenstack.advisor.fixtures.Models.model;
import static io.tokenstack.advisor.fixtures.Profiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/batch.drl: the batch API for sessions that can wait, where the provider has one. */
class BatchRulesTest {

    private static ModelFacts withBatch(String id) {
        return new ModelFacts(model(id).batch("1.00", "5.00").build(), BigDecimal.ONE);
    }

    private static ModelFacts withoutBatch(String id, String provider) {
        return new ModelFacts(model(id).provider(provider).build(), BigDecimal.ONE);
    }

    @Nested
    class BatchableSessionsOnBatchProviderOfferBatchApi {

        private static final String RULE = "BatchableSessionsOnBatchProviderOfferBatchApi";

        @Test
        void batchableShareOnABatchModelOffersTheLeverOnce() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().batchable("0.7").build()),
                    withBatch("a"), withBatch("b"));

            assertThat(run.leverOptions()).containsExactly(new LeverOption("batch-api", RULE,
                    "70% of sessions can wait hours; the batch API bills them at its batch"
                            + " rates (about half), without prompt caching"));
        }

        @Test
        void noModelWithABatchApiOffersNothing() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().batchable("0.7").build()),
                    withoutBatch("m", "mistral"));

            assertThat(run.leverOptions()).isEmpty();
        }
    }

    @Nested
    class InteractiveOnlyTeamGetsNoBatchApi {

        private static final String RULE = "InteractiveOnlyTeamGetsNoBatchApi";

        /** Shipped profiles write 0.0; the rule compares by value, not by scale. */
        @ParameterizedTest
        @ValueSource(strings = {"0", "0.0"})
        void allInteractiveSaysWhy(String share) {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().batchable(share).build()),
                    withBatch("a"));

            assertThat(run.findingsOf(RULE)).containsExactly(new Finding(Finding.EXPLANATION,
                    RULE, "no batch API: every session is interactive (batchableShare is 0) and"
                            + " a batch answer can take hours", null, null));
            assertThat(run.leverOptions()).isEmpty();
        }

        @Test
        void anyBatchableShareIsNotAllInteractive() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().batchable("0.1").build()));

            assertThat(run.findingsOf(RULE)).isEmpty();
        }
    }

    @Nested
    class ModelWithoutBatchApiKeepsStandardRates {

        private static final String RULE = "ModelWithoutBatchApiKeepsStandardRates";

        @Test
        void batchableSessionsOnAModelWithoutBatchWarn() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().batchable("0.5").build()),
                    withoutBatch("mistral-large-3", "mistral"), withBatch("a"));

            assertThat(run.findingsOf(RULE)).containsExactly(new Finding(Finding.WARNING, RULE,
                    "mistral-large-3 (mistral) has no batch API in the catalog; its batchable"
                            + " sessions stay at standard rates", null, "mistral-large-3"));
        }

        @Test
        void nothingBatchableNoWarning() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().build()),
                    withoutBatch("mistral-large-3", "mistral"));

            assertThat(run.findingsOf(RULE)).isEmpty();
        }
    }
}
