package io.tokenstack.advisor.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of cells printed as aligned columns for a terminal or as a Markdown table. Columns
 * whose header is added with {@link #right} are right-aligned, as figures read best.
 */
final class TextTable {

    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> rightAligned = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    TextTable left(String... names) {
        Arrays.stream(names).forEach(n -> add(n, false));
        return this;
    }

    TextTable right(String... names) {
        Arrays.stream(names).forEach(n -> add(n, true));
        return this;
    }

    private void add(String name, boolean right) {
        headers.add(name);
        rightAligned.add(right);
    }

    TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells for "
                    + headers.size() + " columns");
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toList());
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String render(Format format) {
        return format == Format.MARKDOWN ? markdown() : text();
    }

    private String text() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        List<String> rules = new ArrayList<>();
        for (int width : widths) {
            rules.add("-".repeat(width));
        }
        line(out, rules, widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            line.append(i == 0 ? "" : "  ").append(rightAligned.get(i) ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", headers.stream().map(TextTable::escape)
                .toList())).append(" |\n|");
        for (boolean right : rightAligned) {
            out.append(right ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row.stream().map(TextTable::escape)
                    .toList())).append(" |\n");
        }
        return out.toString();
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }
}
