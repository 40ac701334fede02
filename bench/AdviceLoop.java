import io.tokenstack.advisor.advice.AdviceDetail;
import io.tokenstack.advisor.advice.AdvisorService;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU per advice once the JIT has settled: advises the same profiles round after round on one
 * thread, as a batch row needs them (first recommendation only), and prints the time per
 * profile of each round. Run by bench/advice-loop.sh.
 */
public class AdviceLoop {

    public static void main(String[] args) throws Exception {
        KnowledgeHolder holder = new KnowledgeHolder(Path.of("rules"),
                Path.of("pricing/catalog.yaml"));
        holder.swap(holder.buildOrThrow());
        AdvisorService advisor = new AdvisorService(holder);
        ProfileReader reader = new ProfileReader();
        List<TeamProfile> profiles = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            profiles.add(reader.readJson("line", line.getBytes()));
        }
        int rounds = Integer.parseInt(args[1]);
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            for (TeamProfile profile : profiles) {
                advisor.advise("line", profile, AdviceDetail.TOP_STACK);
            }
            double micros = (System.nanoTime() - start) / 1e3 / profiles.size();
            System.out.printf("round %d: %.1f us per profile%n", round, micros);
        }
    }
}
