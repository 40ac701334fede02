package io.tokenstack.advisor.knowledge;

import io.tokenstack.advisor.pricing.CatalogLoad;
import io.tokenstack.advisor.pricing.CatalogLoader;
import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.tools.ToolCatalog;
import io.tokenstack.advisor.tools.ToolCatalogReader;
import java.util.List;

/**
 * The tool facts and prices of the knowledge base in force, for answers that need no rule:
 * listing models or tools, pricing a stack. Compiling the rules takes most of a cold start,
 * so when they are not built yet these are read straight from the same files.
 *
 * @param pricing the price catalog as loaded, with the LiteLLM keys its models declare
 */
public record Catalogs(ToolCatalog tools, CatalogLoad pricing) {

    public PriceCatalog prices() {
        return pricing.catalog();
    }

    /**
     * @throws io.tokenstack.advisor.support.InvalidInputException when tools.yaml has problems
     * @throws io.tokenstack.advisor.pricing.CatalogException when the price catalog has
     */
    public static Catalogs of(KnowledgeHolder holder) {
        if (holder.isLoaded()) {
            Knowledge knowledge = holder.current();
            return new Catalogs(knowledge.tools(), parsePricing(knowledge.source()));
        }
        RuleSet set = holder.loader().read(holder.rulesFolder(), holder.pricingFile());
        String tools = set.files().get(KnowledgeLoader.TOOLS_FILE);
        if (tools == null) {
            throw new KnowledgeBuildException(List.of(new RuleProblem(
                    KnowledgeLoader.TOOLS_FILE, 0, 0, "missing: the tool facts file")));
        }
        return new Catalogs(new ToolCatalogReader().read(KnowledgeLoader.TOOLS_FILE, tools),
                parsePricing(set));
    }

    private static CatalogLoad parsePricing(RuleSet set) {
        return new CatalogLoader().parse(set.pricingText(), set.pricingOrigin(), false);
    }
}
