package io.tokenstack.advisor.advice;

import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.profile.ProfileValidator;
import io.tokenstack.advisor.profile.TeamProfile;

/**
 * The one entry to advice for the shell, the web and batch runs: validate the profile against
 * the knowledge base in force, then evaluate it on that same knowledge base.
 */
public class AdvisorService {

    private final KnowledgeHolder knowledge;
    private final ProfileValidator validator = new ProfileValidator();
    private final Advisor advisor = new Advisor();

    public AdvisorService(KnowledgeHolder knowledge) {
        this.knowledge = knowledge;
    }

    /** @param origin where the profile came from (a file, "request body"), for error messages */
    public Advice advise(String origin, TeamProfile profile) {
        return advise(origin, profile, AdviceDetail.FULL);
    }

    public Advice advise(String origin, TeamProfile profile, AdviceDetail detail) {
        Knowledge current = knowledge.current();
        validator.requireValid(origin, profile, current.prices());
        return advisor.advise(profile, current, detail);
    }

    public KnowledgeHolder knowledge() {
        return knowledge;
    }
}
