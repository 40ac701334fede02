package io.tokenstack.advisor.profile;

import java.math.BigDecimal;
import java.util.List;

/**
 * A team's situation: the product's public input, read from YAML files and HTTP bodies.
 * Fields left out take the article's session model (see the README's profile reference);
 * {@link ProfileValidator} checks every range.
 */
public record TeamProfile(
        String name,
        Team team,
        Session session,
        List<ModelShare> models,
        String agent,
        BigDecimal batchableShare,
        Boolean promptCaching,
        Policy policy,
        String evidence,
        Integer horizonMonths,
        Boolean servesOwnGemma) {

    public static final List<String> AGENTS = List.of(
            "claude-code", "cursor", "codex", "copilot", "gemini-cli", "aider", "api", "other");
    public static final List<String> EVIDENCE_LEVELS = List.of("measured", "claimed");

    public TeamProfile {
        team = team == null ? new Team(null, null, null, null) : team;
        session = session == null ? new Session(null, null, null, null, null, null) : session;
        models = models == null ? List.of() : List.copyOf(models);
        agent = agent == null ? "claude-code" : agent;
        batchableShare = batchableShare == null ? BigDecimal.ZERO : batchableShare;
        promptCaching = promptCaching == null ? Boolean.FALSE : promptCaching;
        policy = policy == null ? new Policy(null, null, null, null) : policy;
        evidence = evidence == null ? "measured" : evidence;
        horizonMonths = horizonMonths == null ? 12 : horizonMonths;
        servesOwnGemma = servesOwnGemma == null ? Boolean.FALSE : servesOwnGemma;
    }

    public boolean claimedEvidence() {
        return "claimed".equals(evidence);
    }

    public TeamProfile withModels(List<ModelShare> newModels) {
        return new TeamProfile(name, team, session, newModels, agent, batchableShare,
                promptCaching, policy, evidence, horizonMonths, servesOwnGemma);
    }

    public TeamProfile withTeam(Team newTeam) {
        return new TeamProfile(name, newTeam, session, models, agent, batchableShare,
                promptCaching, policy, evidence, horizonMonths, servesOwnGemma);
    }

    public TeamProfile withEvidence(String newEvidence) {
        return new TeamProfile(name, team, session, models, agent, batchableShare,
                promptCaching, policy, newEvidence, horizonMonths, servesOwnGemma);
    }

    public TeamProfile withBatchableShare(BigDecimal share) {
        return new TeamProfile(name, team, session, models, agent, share,
                promptCaching, policy, evidence, horizonMonths, servesOwnGemma);
    }

    public TeamProfile withPolicy(Policy newPolicy) {
        return new TeamProfile(name, team, session, models, agent, batchableShare,
                promptCaching, newPolicy, evidence, horizonMonths, servesOwnGemma);
    }

    public TeamProfile withPromptCaching(boolean caching) {
        return new TeamProfile(name, team, session, models, agent, batchableShare,
                caching, policy, evidence, horizonMonths, servesOwnGemma);
    }

    public TeamProfile withName(String newName) {
        return new TeamProfile(newName, team, session, models, agent, batchableShare,
                promptCaching, policy, evidence, horizonMonths, servesOwnGemma);
    }
}
