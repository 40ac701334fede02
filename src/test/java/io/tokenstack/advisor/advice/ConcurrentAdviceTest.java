package io.tokenstack.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.knowledge.KnowledgeLoader;
import io.tokenstack.advisor.knowledge.RuleSet;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sixteen clients at once must get exactly what a sequential run gets, and a knowledge base
 * swapped in mid-run must give each answer wholly from the old or wholly from the new one.
 */
class ConcurrentAdviceTest {

    private static final int CLIENTS = 16;
    private static final int REQUESTS_PER_CLIENT = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KnowledgeLoader loader = new KnowledgeLoader();
    private final List<TeamProfile> profiles = new ArrayList<>();
    private ExecutorService clients;

    @BeforeEach
    void readShippedProfiles() throws Exception {
        ProfileReader reader = new ProfileReader();
        try (Stream<Path> files = Files.list(Path.of("profiles"))) {
            files.sorted().forEach(f -> profiles.add(reader.readFile(f)));
        }
        clients = Executors.newFixedThreadPool(CLIENTS);
    }

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void concurrentClientsGetTheSequentialAnswers() throws Exception {
        Knowledge knowledge = loader.build(loader.read(Path.of("rules"),
                Path.of("pricing/catalog.yaml")));
        Map<String, String> sequential = answers(knowledge);

        List<Future<List<String[]>>> runs = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c;
            runs.add(clients.submit(() -> ask(() -> knowledge, offset)));
        }

        for (Future<List<String[]>> run : runs) {
            for (String[] answer : run.get()) {
                assertThat(answer[1]).isEqualTo(sequential.get(answer[0]));
            }
        }
    }

    @Test
    void answersDuringReloadsComeWhollyFromOneVersion() throws Exception {
        RuleSet shipped = loader.read(Path.of("rules"), Path.of("pricing/catalog.yaml"));
        Map<String, String> files = new HashMap<>(shipped.files());
        files.put("tools.yaml", files.get("tools.yaml")
                .replace("{on: shellOutput, ratio: 0.80,", "{on: shellOutput, ratio: 0.60,"));
        RuleSet edited = new RuleSet("edited", files, shipped.pricingOrigin(),
                shipped.pricingText());
        Knowledge before = loader.build(shipped);
        Knowledge after = loader.build(edited);
        assertThat(after.version()).isNotEqualTo(before.version());
        Map<String, Map<String, String>> expected = Map.of(
                before.version(), answers(before), after.version(), answers(after));

        KnowledgeHolder holder = new KnowledgeHolder(Path.of("rules"),
                Path.of("pricing/catalog.yaml"));
        holder.swap(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Future<Integer> reloads = Executors.newSingleThreadExecutor().submit(() -> {
            int swaps = 0;
            while (running.get()) {
                holder.swap(swaps % 2 == 0 ? after : before);
                swaps++;
                Thread.sleep(2);
            }
            return swaps;
        });
        List<Future<List<String[]>>> runs = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c;
            runs.add(clients.submit(() -> ask(holder::current, offset)));
        }
        List<String[]> all = new ArrayList<>();
        for (Future<List<String[]>> run : runs) {
            all.addAll(run.get());
        }
        running.set(false);

        assertThat(reloads.get()).isGreaterThan(1);
        assertThat(all).hasSize(CLIENTS * REQUESTS_PER_CLIENT).allSatisfy(answer -> {
            String version = JSON.readTree(answer[1]).path("knowledgeBase").path("version")
                    .asText();
            assertThat(expected).containsKey(version);
            assertThat(answer[1]).isEqualTo(expected.get(version).get(answer[0]));
        });
    }

    private Map<String, String> answers(Knowledge knowledge) throws Exception {
        Map<String, String> byProfile = new HashMap<>();
        for (TeamProfile profile : profiles) {
            byProfile.put(profile.name(), JSON.writeValueAsString(
                    new Advisor().advise(profile, knowledge)));
        }
        return byProfile;
    }

    private List<String[]> ask(Callable<Knowledge> knowledge, int offset) throws Exception {
        Advisor advisor = new Advisor();
        List<String[]> answers = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
            TeamProfile profile = profiles.get((offset + i) % profiles.size());
            answers.add(new String[] {profile.name(),
                JSON.writeValueAsString(advisor.advise(profile, knowledge.call()))});
        }
        return answers;
    }
}
