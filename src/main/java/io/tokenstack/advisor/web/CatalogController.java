package io.tokenstack.advisor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.tools.Tool;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the knowledge base in force knows: model prices and tool facts. Both come from the same
 * {@link Knowledge} the advice is computed on, and name its version.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "catalog", description = "The models and tools the advisor knows")
class CatalogController {

    /** @param pricing where the catalog was read from: a file name or the jar's copy */
    record Models(String knowledgeBaseVersion, String pricing, List<ModelView> models) {
    }

    record Tools(String knowledgeBaseVersion, List<Tool> tools) {
    }

    private final KnowledgeHolder knowledge;

    CatalogController(KnowledgeHolder knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping("/models")
    @Operation(summary = "Model prices in USD per million tokens, each with source and date")
    Models models() {
        Knowledge current = knowledge.current();
        return new Models(current.version(), current.source().pricingOrigin(),
                current.prices().models().stream().map(ModelView::of).toList());
    }

    @GetMapping("/tools")
    @Operation(summary = "Compression tools: evidence with sources, setup, data handling, licence")
    Tools tools() {
        Knowledge current = knowledge.current();
        return new Tools(current.version(), List.copyOf(current.tools().all()));
    }
}
