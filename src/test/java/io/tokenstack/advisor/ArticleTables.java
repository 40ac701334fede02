package io.tokenstack.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The article's per-session cost table (src/test/resources/article/per-session.csv) and the
 * rule by which a computed figure matches a printed one.
 */
public final class ArticleTables {

    /**
     * One model as the article prints it; {@code savedPercent} null where it prints none,
     * {@code corrected} the compressed figure its own session model gives where it misprints
     * one (see the CSV's comment), else null.
     */
    public record Row(String model, BigDecimal rawPerSession, BigDecimal compressedPerSession,
            BigDecimal savedPercent, BigDecimal corrected) {
    }

    private static final BigDecimal TOLERANCE = new BigDecimal("0.03");

    private ArticleTables() {
    }

    public static List<Row> perSession() {
        try (InputStream in = ArticleTables.class.getResourceAsStream(
                "/article/per-session.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Row> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                rows.add(new Row(cells[0], new BigDecimal(cells[1]), new BigDecimal(cells[2]),
                        decimal(cells, 3), decimal(cells, 4)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal decimal(String[] cells, int index) {
        return cells.length <= index || cells[index].isBlank() ? null
                : new BigDecimal(cells[index].trim());
    }

    /**
     * True when {@code computed} rounds to {@code printed} at the printed number of decimals,
     * or lies within 3% of it. The article rounds some figures from already rounded ones
     * (o3's $0.07 is $0.0656 before rounding), hence the first test.
     */
    public static boolean matches(BigDecimal computed, BigDecimal printed) {
        if (computed.setScale(printed.scale(), RoundingMode.HALF_UP).compareTo(printed) == 0) {
            return true;
        }
        BigDecimal gap = computed.subtract(printed).abs();
        return gap.compareTo(printed.abs().multiply(TOLERANCE)) <= 0;
    }
}
