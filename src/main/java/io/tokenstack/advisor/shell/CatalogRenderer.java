package io.tokenstack.advisor.shell;

import static io.tokenstack.advisor.knowledge.Say.usd;
import static io.tokenstack.advisor.shell.AdviceRenderer.plain;

import io.tokenstack.advisor.cost.ModelComparison;
import io.tokenstack.advisor.knowledge.RuleInfo;
import io.tokenstack.advisor.knowledge.RuleText;
import io.tokenstack.advisor.pricing.LongContextTier;
import io.tokenstack.advisor.pricing.ModelPrice;
import io.tokenstack.advisor.pricing.PriceDiff;
import io.tokenstack.advisor.pricing.PriceSource;
import io.tokenstack.advisor.tools.Effect;
import io.tokenstack.advisor.tools.Evidence;
import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints the model comparison and what the catalogs hold: models, tools, rules, profiles. */
final class CatalogRenderer {

    private CatalogRenderer() {
    }

    /**
     * One row of {@code compare} as programs read it. Per-session amounts keep six decimals,
     * monthly ones cents, the percentage one decimal.
     */
    record CompareRow(String model, String modelName, BigDecimal inputUsdPerMillion,
            BigDecimal outputUsdPerMillion, List<String> stack, List<String> levers,
            String evidence, BigDecimal batchShare, BigDecimal perSessionUsd,
            BigDecimal perDeveloperMonthUsd, BigDecimal teamMonthUsd,
            BigDecimal rawPerSessionUsd, BigDecimal rawPerDeveloperMonthUsd,
            BigDecimal rawTeamMonthUsd, BigDecimal savedTeamMonthUsd,
            BigDecimal savedPercent) {

        static CompareRow of(ModelComparison.Row r, List<String> stack, List<String> levers,
                String evidence, BigDecimal batchShare) {
            return new CompareRow(r.model().id(), r.model().name(), r.model().base().input(),
                    r.model().base().output(), stack, levers, evidence,
                    batchShare, session(r.perSessionUsd()), cents(r.perDeveloperMonthUsd()),
                    cents(r.teamMonthUsd()), session(r.rawPerSessionUsd()),
                    cents(r.rawPerDeveloperMonthUsd()), cents(r.rawTeamMonthUsd()),
                    cents(r.savedTeamMonthUsd()),
                    r.savedPercent().setScale(1, RoundingMode.HALF_EVEN));
        }
    }

    /** The comparison's heading facts, shown above the table. */
    record CompareContext(String profile, int developers, BigDecimal sessionsPerDeveloperMonth,
            String evidence) {
    }

    static String comparison(CompareContext c, List<CompareRow> rows, Format format) {
        if (format == Format.JSON) {
            return Json.write(rows);
        }
        Text out = new Text(format);
        CompareRow any = rows.get(0);
        out.heading("Cost by model for " + c.profile() + ": raw against "
                + AdviceRenderer.tools(any.stack()) + (any.levers().isEmpty() ? ""
                        : " with " + String.join("+", any.levers())));
        out.line(c.developers() + " developer(s), " + plain(c.sessionsPerDeveloperMonth())
                + " sessions each a month, " + c.evidence() + " evidence"
                + (any.batchShare() == null ? "" : ", batch API on "
                        + plain(any.batchShare().movePointRight(2)) + "% of sessions")
                + ". Raw: no tool, no lever.");
        out.blank();
        TextTable table = new TextTable().left("Model").right("Input $/M", "Output $/M",
                "Session raw", "Session", "Dev/month raw", "Dev/month", "Team/month",
                "Saved/month", "Saved");
        for (CompareRow r : rows) {
            table.row(r.modelName(), usd(r.inputUsdPerMillion()), usd(r.outputUsdPerMillion()),
                    usd(r.rawPerSessionUsd()), usd(r.perSessionUsd()),
                    usd(r.rawPerDeveloperMonthUsd()), usd(r.perDeveloperMonthUsd()),
                    usd(r.teamMonthUsd()), usd(r.savedTeamMonthUsd()),
                    plain(r.savedPercent()) + "%");
        }
        out.table(table);
        return out.toString();
    }

    static String models(Collection<ModelPrice> models, Format format) {
        if (format == Format.JSON) {
            return Json.write(models);
        }
        Text out = new Text(format);
        out.heading("Models (USD per million tokens)");
        TextTable table = new TextTable().left("Id", "Provider").right("Input", "Output",
                "Cache read", "Cache write", "Batch in", "Batch out").left("Long context",
                "Reasoning", "Sources");
        for (ModelPrice m : models) {
            table.row(m.id(), m.provider(), m.base().input(), m.base().output(),
                    m.cache() == null ? "-" : orDash(m.cache().read()),
                    m.cache() == null ? "-" : orDash(m.cache().write5m()),
                    m.batch() == null ? "-" : m.batch().input(),
                    m.batch() == null ? "-" : m.batch().output(), tiers(m.longContext()),
                    m.reasoning() == null ? "-" : "yes", sources(m));
        }
        out.table(table);
        return out.toString();
    }

    private static String tiers(List<LongContextTier> tiers) {
        return tiers.isEmpty() ? "-" : tiers.stream().map(t -> ">" + t.aboveTokens() / 1000
                + "k: " + t.input() + "/" + t.output()).collect(Collectors.joining(", "));
    }

    /** Each price block's source key and date, base first. */
    private static String sources(ModelPrice m) {
        StringBuilder s = new StringBuilder("base " + source(m.base().source()));
        if (m.cache() != null) {
            s.append("; cache ").append(source(m.cache().source()));
        }
        if (m.batch() != null) {
            s.append("; batch ").append(source(m.batch().source()));
        }
        return s.toString();
    }

    private static String source(PriceSource source) {
        return source == null ? "?" : source.key() + " " + source.asOf();
    }

    static String tools(Collection<Tool> tools, Format format) {
        if (format == Format.JSON) {
            return Json.write(tools);
        }
        Text out = new Text(format);
        out.heading("Tools");
        TextTable table = new TextTable().left("Id", "Mechanism", "Claimed", "Measured")
                .right("Setup min/dev").left("Proxy", "Telemetry", "Licence");
        for (Tool t : tools) {
            table.row(t.id(), t.mechanism(), effects(t.claimed()), t.hasMeasuredEvidence()
                    ? effects(t.measured()) : "-", plain(t.setup().minutesPerDeveloper()),
                    t.proxiesTraffic() ? "yes" : "no", t.defaultOnTelemetry() ? "on" : "off",
                    t.licence());
        }
        out.table(table);
        out.blank();
        out.line("Details: explain tool ID.");
        return out.toString();
    }

    static String tool(Tool t, Format format) {
        if (format == Format.JSON) {
            return Json.write(t);
        }
        Text out = new Text(format);
        out.heading(t.name() + " (" + t.id() + ")");
        out.line(t.summary());
        out.line("Repository: " + t.repository() + ". Mechanism: " + t.mechanism() + ".");
        out.line("Agents: " + t.agents().entrySet().stream().map(e -> e.getKey() + " ("
                + e.getValue() + ")").sorted().collect(Collectors.joining(", ")) + ".");
        out.bullets("Claimed evidence", evidence(t.claimed()));
        out.bullets("Measured evidence", t.measured() == null ? List.of("none published")
                : evidence(t.measured()));
        if (t.addedInput() != null) {
            out.bullets("Input it adds", List.of(t.addedInput().tokensPerTurn()
                    + " tokens a turn on " + t.addedInput().on() + " (" + t.addedInput()
                    .source() + ")"));
        }
        if (t.cacheEffect() != null) {
            out.bullets("Prompt cache", List.of("cache misses x" + t.cacheEffect()
                    .claimedMissMultiplier() + " claimed, x" + t.cacheEffect()
                    .measuredMissMultiplier() + " measured (" + t.cacheEffect().source()
                    + ")"));
        }
        var s = t.setup();
        out.bullets("Setup", List.of(plain(s.minutesPerDeveloper()) + " min per developer"
                + (s.measuredMinutesPerDeveloper() == null ? "" : " claimed, "
                        + plain(s.measuredMinutesPerDeveloper()) + " measured"),
                plain(s.minutesPerTeam()) + " min once per team, "
                        + plain(s.auditMinutesForTeams()) + " min review for teams of two or"
                        + " more",
                plain(s.upkeepMinutesPerDeveloperMonth()) + " min upkeep per developer a month",
                "source: " + s.source()));
        var d = t.data();
        if (d != null) {
            out.bullets("Data handling", List.of(
                    "proxies traffic: " + (d.proxiesTraffic() ? "yes" + (d.proxyPort() == null
                            ? "" : ", port " + d.proxyPort()) : "no"),
                    "sends content to a third party: " + (d.contentToThirdParty() ? "yes" : "no"),
                    "telemetry on by default: " + (d.defaultOnTelemetry() ? "yes" : "no"),
                    d.note() + " (" + d.source() + ")"));
        }
        out.bullets("Licence", List.of(t.licence() + (t.sourceAvailableLicence()
                ? " (source-available, not open source)" : "")));
        if (!t.exclusiveSlots().isEmpty()) {
            out.bullets("Cannot share with another tool", t.exclusiveSlots());
        }
        return out.toString();
    }

    private static List<String> evidence(Evidence e) {
        List<String> lines = new ArrayList<>();
        e.effects().forEach(f -> lines.add(effect(f) + " (" + f.source() + ")"));
        if (e.effects().isEmpty()) {
            lines.add("no reduction published");
        }
        lines.add("source: " + e.source());
        if (e.note() != null) {
            lines.add(e.note());
        }
        return lines;
    }

    private static String effects(Evidence e) {
        return e == null || e.effects().isEmpty() ? "-"
                : e.effects().stream().map(CatalogRenderer::effect)
                        .collect(Collectors.joining(", "));
    }

    private static String effect(Effect f) {
        String pct = plain(f.ratio().movePointRight(2)) + "%";
        return f.sessionWide() ? pct + " of session input (" + String.join("/", f.appliesTo())
                + ")" : pct + " of " + f.on();
    }

    static String rule(RuleInfo info, RuleText text, Format format) {
        if (format == Format.JSON) {
            return Json.write(Map.of("name", info.name(), "file", info.file(), "line",
                    text.line(), "description", info.description(), "text", text.text()));
        }
        Text out = new Text(format);
        out.heading(info.name());
        out.line(info.description());
        out.line("File: " + info.file() + ", line " + text.line() + ".");
        String source = text.text().stripTrailing();
        return out + (format == Format.MARKDOWN ? "\n\n```\n" + source + "\n```"
                : "\n\n" + source);
    }

    /** One profile file as {@code profiles} lists it; {@code problem} set when it is invalid. */
    record ProfileSummary(String file, String name, Integer developers, List<String> models,
            String agent, String evidence, String problem) {
    }

    static String profiles(String folder, List<ProfileSummary> profiles, Format format) {
        if (format == Format.JSON) {
            return Json.write(profiles);
        }
        Text out = new Text(format);
        out.heading("Profiles in " + folder);
        TextTable table = new TextTable().left("File", "Name").right("Developers")
                .left("Models", "Agent", "Evidence", "Problem");
        for (ProfileSummary p : profiles) {
            table.row(p.file(), p.name(), p.developers(), p.models() == null ? ""
                    : String.join(", ", p.models()), p.agent(), p.evidence(),
                    p.problem() == null ? "" : p.problem());
        }
        out.table(table);
        return out.toString();
    }

    static String priceDiff(String catalog, String imported, PriceDiff diff, boolean all,
            Format format) {
        if (format == Format.JSON) {
            return Json.write(diff);
        }
        Text out = new Text(format);
        out.heading("Prices in " + catalog + " against " + imported);
        out.line(diff.withStatus(PriceDiff.Status.DIFFERENT).size() + " differ, "
                + diff.withStatus(PriceDiff.Status.SAME).size() + " the same, "
                + diff.withStatus(PriceDiff.Status.NOT_IN_IMPORT).size()
                + " not in the map (USD per million tokens).");
        out.blank();
        TextTable table = new TextTable().left("Model", "Map key", "Status", "Field")
                .right("Catalog", "Map").left("Catalog source");
        for (PriceDiff.ModelDiff m : diff.models()) {
            if (m.status() == PriceDiff.Status.SAME && !all) {
                continue;
            }
            if (m.fields().isEmpty()) {
                table.row(m.modelId(), m.litellmKey(), status(m), "", "", "", "");
            }
            for (PriceDiff.FieldDiff f : m.fields()) {
                table.row(m.modelId(), m.litellmKey(), status(m), f.field(),
                        orDash(f.catalogValue()), orDash(f.importedValue()),
                        f.catalogSource() == null ? "" : source(f.catalogSource()));
            }
        }
        out.table(table);
        return out.toString();
    }

    private static String status(PriceDiff.ModelDiff m) {
        String status = m.status().name().toLowerCase().replace('_', ' ');
        return m.skipReason() == null ? status
                : status + " (" + m.skipReason().name().toLowerCase().replace('_', ' ') + ")";
    }

    private static Object orDash(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }

    static BigDecimal session(BigDecimal usd) {
        return usd.setScale(6, RoundingMode.HALF_EVEN);
    }

    static BigDecimal cents(BigDecimal usd) {
        return usd.setScale(2, RoundingMode.HALF_EVEN);
    }
}
