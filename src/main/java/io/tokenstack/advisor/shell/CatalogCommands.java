package io.tokenstack.advisor.shell;

import static org.springframework.shell.command.CommandRegistration.OptionArity.EXACTLY_ONE;

import io.tokenstack.advisor.knowledge.Catalogs;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.pricing.CatalogLoad;
import io.tokenstack.advisor.pricing.LiteLlmImport;
import io.tokenstack.advisor.pricing.LiteLlmImporter;
import io.tokenstack.advisor.pricing.PriceDiff;
import io.tokenstack.advisor.profile.ModelShare;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** What the advisor knows: models and their prices, tools, example profiles, price drift. */
@Command(group = "Catalog")
class CatalogCommands {

    private final KnowledgeHolder knowledge;
    private final ProfileReader reader;
    private final ProfileInput input;

    CatalogCommands(KnowledgeHolder knowledge, ProfileReader reader, ProfileInput input) {
        this.knowledge = knowledge;
        this.reader = reader;
        this.input = input;
    }

    @Command(command = "models", description = "The models the price catalog knows, with every"
            + " price, its source and date.")
    String models(
            @Option(longNames = "format", arity = EXACTLY_ONE, defaultValue = "table",
                    description = AdviceCommands.FORMAT)
            @OptionValues(provider = Completions.FORMATS) String format) {
        Format shown = Format.of(format);
        return CatalogRenderer.models(Catalogs.of(knowledge).prices().models(), shown);
    }

    @Command(command = "tools", description = "The compression tools the knowledge base weighs.")
    String tools(
            @Option(longNames = "format", arity = EXACTLY_ONE, defaultValue = "table",
                    description = AdviceCommands.FORMAT)
            @OptionValues(provider = Completions.FORMATS) String format) {
        Format shown = Format.of(format);
        return CatalogRenderer.tools(Catalogs.of(knowledge).tools().all(), shown);
    }

    @Command(command = "profiles", description = "The profile files in the profiles folder.")
    String profiles(
            @Option(longNames = "format", arity = EXACTLY_ONE, defaultValue = "table",
                    description = AdviceCommands.FORMAT)
            @OptionValues(provider = Completions.FORMATS) String format) {
        Format shown = Format.of(format);
        Path folder = input.profilesDir();
        List<CatalogRenderer.ProfileSummary> summaries = new ArrayList<>();
        for (Path file : profileFiles(folder)) {
            summaries.add(summary(file));
        }
        return CatalogRenderer.profiles(folder.toString(), summaries, shown);
    }

    private CatalogRenderer.ProfileSummary summary(Path file) {
        try {
            TeamProfile p = reader.readFile(file);
            return new CatalogRenderer.ProfileSummary(file.toString(), p.name(),
                    p.team().developers(), p.models().stream().map(ModelShare::id).toList(),
                    p.agent(), p.evidence(), null);
        } catch (InvalidInputException e) {
            return new CatalogRenderer.ProfileSummary(file.toString(), null, null, null, null,
                    null, e.getMessage());
        }
    }

    private static List<Path> profileFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(new InputProblem(folder.toString(), null,
                    "is not a folder; set advisor.profiles-dir to the folder of profiles"));
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches(".*\\.(ya?ml|json)"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    @Command(command = "pricing diff", description = "Which catalog prices differ from a"
            + " LiteLLM price map (model_prices_and_context_window.json).")
    String pricingDiff(
            @Option(longNames = "litellm", arity = EXACTLY_ONE, required = true,
                    description = "the LiteLLM price map file") String litellm,
            @Option(longNames = "all", description = "also list models whose prices match")
            boolean all,
            @Option(longNames = "format", arity = EXACTLY_ONE, defaultValue = "table",
                    description = AdviceCommands.FORMAT)
            @OptionValues(provider = Completions.FORMATS) String format) {
        Format shown = Format.of(format);
        CatalogLoad catalog = Catalogs.of(knowledge).pricing();
        LiteLlmImport imported = new LiteLlmImporter().importFile(Path.of(litellm));
        PriceDiff diff = PriceDiff.compare(catalog, imported);
        return CatalogRenderer.priceDiff(catalog.origin(), litellm, diff, all, shown);
    }
}
