package io.tokenstack.advisor.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of every file the knowledge base is built from, by path relative to its folder
 * (DRL files, {@code tools.yaml}, scenario files) plus the price catalog in force.
 *
 * @param origin where the rules came from (a folder, or "packaged" for the jar's copy)
 * @param files rule-folder files by relative path
 * @param pricingOrigin where the price catalog came from
 * @param pricingText the price catalog's text
 */
public record RuleSet(String origin, Map<String, String> files, String pricingOrigin,
        String pricingText) {

    public RuleSet {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The origin of rules read from the jar rather than from a folder. */
    public static final String PACKAGED = "packaged";
    public static final String SCENARIO_FOLDER = "tests/";

    public boolean isPackaged() {
        return PACKAGED.equals(origin);
    }

    /** The rule scenarios: YAML files under {@code tests/}, by relative path. */
    public Map<String, String> scenarioFiles() {
        Map<String, String> scenarios = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith(SCENARIO_FOLDER)) {
                scenarios.put(path, text);
            }
        });
        return scenarios;
    }

    public Map<String, String> drlFiles() {
        Map<String, String> drl = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.endsWith(".drl")) {
                drl.put(path, text);
            }
        });
        return drl;
    }

    /** A short hash of the rule and price files, so every advice names what produced it. */
    public String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, text) -> {
                if (!path.startsWith(SCENARIO_FOLDER)) {
                    digest.update(path.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(text.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            });
            digest.update(pricingText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
