package io.tokenstack.advisor.advice;

import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeLoader;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AdvisorSpeedScratchTest {
    @Test
    void speed() throws Exception {
        KnowledgeLoader loader = new KnowledgeLoader();
        long t0 = System.nanoTime();
        Knowledge k = loader.build(loader.read(Path.of("rules"), Path.of("pricing/catalog.yaml")));
        System.out.println("build ms " + (System.nanoTime() - t0) / 1e6);
        for (int r = 0; r < 5; r++) {
            t0 = System.nanoTime();
            k = loader.build(loader.read(Path.of("rules"), Path.of("pricing/catalog.yaml")));
            System.out.println("rebuild ms " + (System.nanoTime() - t0) / 1e6);
        }
        for (String name : new String[] {"article-baseline", "platform-team", "sre-automation"}) {
            TeamProfile p = new ProfileReader().readFile(Path.of("profiles/" + name + ".yaml"));
            Advisor a = new Advisor();
            for (int i = 0; i < 2000; i++) a.advise(p, k);
            int n = 20000;
            t0 = System.nanoTime();
            for (int i = 0; i < n; i++) a.advise(p, k);
            double us = (System.nanoTime() - t0) / 1e3 / n;
            System.out.println(name + " us/advise " + us);
        }
    }
}
