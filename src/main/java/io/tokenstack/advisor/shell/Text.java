package io.tokenstack.advisor.shell;

import java.util.List;

/**
 * An answer for people, written once for both the terminal and Markdown: headings, lines,
 * bulleted sections and tables come out in the form each reader expects.
 */
final class Text {

    private final Format format;
    private final StringBuilder out = new StringBuilder();

    Text(Format format) {
        this.format = format;
    }

    Text heading(String title) {
        if (format == Format.MARKDOWN) {
            out.append("## ").append(title).append("\n\n");
        } else {
            out.append(title).append('\n').append("=".repeat(Math.min(title.length(), 100)))
                    .append('\n');
        }
        return this;
    }

    Text section(String title) {
        if (format == Format.MARKDOWN) {
            out.append("### ").append(title).append("\n\n");
        } else {
            out.append(title).append('\n');
        }
        return this;
    }

    Text line(String text) {
        out.append(text).append(format == Format.MARKDOWN ? "  \n" : "\n");
        return this;
    }

    Text blank() {
        out.append('\n');
        return this;
    }

    Text table(TextTable table) {
        if (table.isEmpty()) {
            return line("(none)");
        }
        out.append(table.render(format));
        return this;
    }

    /** A titled list; nothing at all when the list is empty. */
    Text bullets(String title, List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        blank();
        section(title);
        if (format == Format.MARKDOWN) {
            items.forEach(i -> out.append("- ").append(i).append('\n'));
        } else {
            items.forEach(i -> out.append("  - ").append(i).append('\n'));
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString().stripTrailing();
    }
}
