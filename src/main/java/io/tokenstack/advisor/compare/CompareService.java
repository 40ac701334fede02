package io.tokenstack.advisor.compare;

import io.tokenstack.advisor.cost.Lever;
import io.tokenstack.advisor.cost.ModelComparison;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.pricing.ModelPrice;
import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.profile.ModelShare;
import io.tokenstack.advisor.profile.ProfileValidator;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import io.tokenstack.advisor.tools.Tool;
import io.tokenstack.advisor.tools.ToolCatalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The article's multi-model table for a profile: for each model, what a session, a developer
 * month and a team month cost raw and with a stack of tools and levers. Shared by the shell's
 * {@code compare} command and {@code POST /api/v1/compare}.
 */
public final class CompareService {

    /** The stack the article's tables price: "With full stack (rtk + headroom + caveman)". */
    public static final List<String> ARTICLE_STACK = List.of("rtk", "headroom", "caveman");
    public static final String NO_STACK = "none";

    private final KnowledgeHolder knowledge;
    private final ProfileValidator validator = new ProfileValidator();
    private final ModelComparison comparison = new ModelComparison();

    public CompareService(KnowledgeHolder knowledge) {
        this.knowledge = knowledge;
    }

    public List<CompareRow> compare(String origin, CompareRequest request) {
        return compare(origin, "", request);
    }

    /**
     * @param profileField prefix for the fields of problems found in the profile ("profile"
     *     when it is nested in a request body), empty when the profile stands alone
     */
    public List<CompareRow> compare(String origin, String profileField, CompareRequest request) {
        Knowledge current = knowledge.current();
        List<InputProblem> problems = new ArrayList<>();
        TeamProfile profile = request.profile();
        for (InputProblem p : validator.validate(origin, profile, current.prices())) {
            problems.add(new InputProblem(origin, prefixed(profileField, p.field()),
                    p.message()));
        }
        if (request.evidence() != null) {
            if (TeamProfile.EVIDENCE_LEVELS.contains(request.evidence())) {
                profile = profile.withEvidence(request.evidence());
            } else {
                problems.add(new InputProblem(origin, "evidence", "'" + request.evidence()
                        + "' is not known; allowed: " + String.join(", ",
                                TeamProfile.EVIDENCE_LEVELS)));
            }
        }
        List<Tool> tools = tools(origin, request.stack(), current.tools(), problems);
        List<ModelPrice> models = models(origin, request.models(), current.prices(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<CompareRow> rows = new ArrayList<>();
        for (ModelPrice model : models) {
            rows.add(row(profile, model, tools, request, current.prices()));
        }
        return rows;
    }

    private CompareRow row(TeamProfile profile, ModelPrice model, List<Tool> tools,
            CompareRequest request, PriceCatalog prices) {
        TeamProfile alone = request.batch() ? ModelComparison.withBatch(profile) : profile;
        Set<Lever> levers = levers(alone, model, request);
        ModelComparison.Row r = comparison.compare(alone, prices, List.of(model), tools, levers,
                alone.claimedEvidence()).get(0);
        return new CompareRow(model.id(), model.name(),
                tools.stream().map(Tool::id).toList(),
                levers.stream().map(Lever::id).toList(),
                session(r.perSessionUsd()), cents(r.perDeveloperMonthUsd()),
                cents(r.teamMonthUsd()),
                session(r.rawPerSessionUsd()), cents(r.rawPerDeveloperMonthUsd()),
                cents(r.rawTeamMonthUsd()),
                cents(r.rawPerDeveloperMonthUsd().subtract(r.perDeveloperMonthUsd())),
                cents(r.savedTeamMonthUsd()), r.savedPercent().setScale(1, RoundingMode.HALF_EVEN));
    }

    /** Only levers that change this model's bill: it must have the price, and the share. */
    private static Set<Lever> levers(TeamProfile profile, ModelPrice model,
            CompareRequest request) {
        Set<Lever> levers = EnumSet.noneOf(Lever.class);
        if (request.batch() && model.offersBatch() && profile.batchableShare().signum() > 0) {
            levers.add(Lever.BATCH_API);
        }
        if ((request.cache() || profile.promptCaching()) && model.offersCache()
                && profile.session().repeatedInputShare().signum() > 0) {
            levers.add(Lever.PROMPT_CACHING);
        }
        return levers;
    }

    private static List<Tool> tools(String origin, List<String> ids, ToolCatalog catalog,
            List<InputProblem> problems) {
        List<String> wanted = ids == null ? ARTICLE_STACK : ids;
        if (wanted.size() == 1 && NO_STACK.equals(wanted.get(0))) {
            return List.of();
        }
        List<Tool> tools = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            String id = wanted.get(i);
            String field = "stack[" + i + "]";
            String allowed = "allowed: " + String.join(", ", toolIds(catalog)) + " or none";
            if (id == null) {
                problems.add(new InputProblem(origin, field, "required: a tool id; " + allowed));
            } else if (catalog.find(id).isEmpty()) {
                String hint = catalog.closestId(id).map(k -> "; did you mean '" + k + "'?")
                        .orElse("");
                problems.add(new InputProblem(origin, field,
                        "unknown tool '" + id + "'" + hint + "; " + allowed));
            } else if (!seen.add(id)) {
                problems.add(new InputProblem(origin, field, "tool '" + id + "' is listed twice"));
            } else {
                tools.add(catalog.find(id).orElseThrow());
            }
        }
        return tools;
    }

    private static List<ModelPrice> models(String origin, List<String> ids, PriceCatalog catalog,
            List<InputProblem> problems) {
        if (ids.isEmpty()) {
            return List.copyOf(catalog.models());
        }
        List<ModelPrice> models = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String field = "models[" + i + "]";
            if (id == null) {
                problems.add(new InputProblem(origin, field,
                        "required: a model id from the price catalog"));
            } else if (!catalog.contains(id)) {
                String hint = catalog.closestId(id).map(k -> "; did you mean '" + k + "'?")
                        .orElse("; see the models command for known ids");
                problems.add(new InputProblem(origin, field, "unknown model '" + id + "'" + hint));
            } else if (!seen.add(id)) {
                problems.add(new InputProblem(origin, field,
                        "model '" + id + "' is listed twice"));
            } else {
                models.add(catalog.find(id).orElseThrow());
            }
        }
        return models;
    }

    private static List<String> toolIds(ToolCatalog catalog) {
        return catalog.all().stream().map(Tool::id).toList();
    }

    private static String prefixed(String prefix, String field) {
        if (prefix == null || prefix.isEmpty()) {
            return field;
        }
        return field == null ? prefix : prefix + "." + field;
    }

    private static BigDecimal session(BigDecimal usd) {
        return usd.setScale(6, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal cents(BigDecimal usd) {
        return usd.setScale(2, RoundingMode.HALF_EVEN);
    }
}
