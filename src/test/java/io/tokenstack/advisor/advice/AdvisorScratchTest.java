package io.tokenstack.advisor.advice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeLoader;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.ProfileValidator;
import io.tokenstack.advisor.profile.TeamProfile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AdvisorScratchTest {
    @Test
    void print() throws Exception {
        KnowledgeLoader loader = new KnowledgeLoader();
        Knowledge k = loader.build(loader.read(Path.of("rules"), Path.of("pricing/catalog.yaml")));
        for (String name : new String[] {"article-baseline", "solo-budget", "strict-privacy-frontier", "sre-automation", "platform-team"}) {
            TeamProfile p = new ProfileReader().readFile(Path.of("profiles/" + name + ".yaml"));
            new ProfileValidator().requireValid(name, p, k.prices());
            Advice a = new Advisor().advise(p, k);
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(a));
        }
    }
}
