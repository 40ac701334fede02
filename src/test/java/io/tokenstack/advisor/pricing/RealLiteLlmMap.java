package io.tokenstack.advisor.pricing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The real LiteLLM map kept in the shared folder beside the project (see its PROVENANCE.md).
 * It is not copied into the project, so tests that need it skip where it is absent.
 */
final class RealLiteLlmMap {

    static final Path FILE = Path.of("..", "shared", "data", "litellm",
            "model_prices_and_context_window.json");
    static final LocalDate SNAPSHOT = LocalDate.of(2026, 7, 24);

    private static LiteLlmImport imported;

    private RealLiteLlmMap() {
    }

    /** Imported once per test run: the map is 1.6 MB. */
    static synchronized LiteLlmImport imported() {
        assumeTrue(Files.isRegularFile(FILE), "the real LiteLLM map is read from "
                + FILE.toAbsolutePath().normalize() + ", which is not present here");
        if (imported == null) {
            imported = new LiteLlmImporter().importFile(FILE, SNAPSHOT);
        }
        return imported;
    }
}
