package io.tokenstack.advisor.pricing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a price catalog YAML file (see {@code pricing/catalog.yaml} for the format).
 *
 * <p>Strict loading, the default, refuses a file with any problem and reports all of them in
 * a {@link CatalogException}. Lenient loading keeps the sound model entries and returns the
 * problems in {@link CatalogLoad#skipped()}. A file that cannot be read or is not YAML at all
 * fails in both modes.
 */
public final class CatalogLoader {

    /** Where the repository's catalog sits inside the jar. */
    public static final String PACKAGED_RESOURCE = "pricing/catalog.yaml";
    public static final String PACKAGED_ORIGIN = "classpath:" + PACKAGED_RESOURCE;
    public static final String FILE_NAME = "catalog.yaml";

    private static final Path DEFAULT_DIR = Path.of("pricing");

    private final ObjectMapper yaml = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            // Prices must stay exact decimals as written: 0.1375 must not become a double,
            // and 10.00 must not be shortened to 1E+1.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Loads a catalog file strictly. */
    public CatalogLoad load(Path file) {
        return load(file, false);
    }

    public CatalogLoad load(Path file, boolean lenient) {
        String origin = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw CatalogException.forFile(origin, e);
        }
        return parse(decode(bytes, origin), origin, lenient);
    }

    /** Loads the catalog packaged in the jar, which is the repository's catalog at build time. */
    public CatalogLoad loadPackaged(boolean lenient) {
        ClassLoader loader = CatalogLoader.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(PACKAGED_RESOURCE)) {
            if (in == null) {
                throw CatalogException.forFile(PACKAGED_ORIGIN, "not packaged in this build");
            }
            return parse(decode(in.readAllBytes(), PACKAGED_ORIGIN), PACKAGED_ORIGIN, lenient);
        } catch (IOException e) {
            throw CatalogException.forFile(PACKAGED_ORIGIN, e);
        }
    }

    /** Strict {@link #loadDefault(Path, boolean)}. */
    public CatalogLoad loadDefault(Path pricingDirOrNull) {
        return loadDefault(pricingDirOrNull, false);
    }

    /**
     * Loads {@code catalog.yaml} from the given folder, or from {@code ./pricing} when the
     * folder is null; falls back to the packaged catalog when that file does not exist.
     * {@link CatalogLoad#origin()} tells which one is in force.
     */
    public CatalogLoad loadDefault(Path pricingDirOrNull, boolean lenient) {
        Path dir = pricingDirOrNull == null ? DEFAULT_DIR : pricingDirOrNull;
        Path file = dir.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? load(file, lenient) : loadPackaged(lenient);
    }

    /**
     * Loads catalog text that did not come from a file, e.g. an upload.
     *
     * @param origin how to name the text in problems and in {@link PriceCatalog#origin()}
     */
    public CatalogLoad parse(String yamlText, String origin, boolean lenient) {
        JsonNode root;
        try {
            root = yaml.readTree(yamlText);
        } catch (JsonProcessingException e) {
            throw CatalogException.forFile(origin, "is not valid YAML" + syntaxError(e));
        }
        CatalogParser.Result result = new CatalogParser(origin, lenient).parse(root);
        if (!lenient && !result.problems().isEmpty()) {
            throw new CatalogException(result.problems());
        }
        return new CatalogLoad(new PriceCatalog(result.models(), origin), result.problems(),
                result.litellmKeys(), origin, yamlText);
    }

    /** Decodes strictly so that {@link CatalogLoad#sourceBytes()} gives back these bytes. */
    private static String decode(byte[] bytes, String origin) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw CatalogException.forFile(origin, "is not UTF-8 text");
        }
    }

    /**
     * The YAML parser's own report spans several lines with a source excerpt and a caret;
     * users get one line with the problem, where it is, and what was being read.
     */
    private static String syntaxError(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            String context = yaml.getContextMark() == null ? ""
                    : " (" + yaml.getContext() + " started at" + at(yaml.getContextMark()) + ")";
            return " at" + at(yaml.getProblemMark()) + ": " + yaml.getProblem() + context;
        }
        JsonLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return where + ": " + e.getOriginalMessage();
    }

    private static String at(Mark mark) {
        return " line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }
}
