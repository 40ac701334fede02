package io.tokenstack.advisor.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line of a field in YAML text. Readers report problems by field path
 * ({@code tools.rtk.claimed.effects[0].ratio}, {@code models[2].share}); a person editing the
 * file needs the line. A path segment that names no field of a list is looked up as the
 * {@code id} of one of its entries, which is how tools and models are named in problems.
 */
public final class YamlLocator {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final Pattern SEGMENT = Pattern.compile("\\[(\\d+)]|([^.\\[\\]]+)");

    private static final class Node {
        private final int line;
        private final Map<String, Node> fields = new LinkedHashMap<>();
        private final List<Node> items = new ArrayList<>();
        private String scalar;

        private Node(int line) {
            this.line = line;
        }
    }

    private final Node root;
    private final int errorLine;
    private final int errorColumn;

    private YamlLocator(Node root, int errorLine, int errorColumn) {
        this.root = root;
        this.errorLine = errorLine;
        this.errorColumn = errorColumn;
    }

    /** Never throws: text that is not YAML gives a locator that knows where parsing stopped. */
    public static YamlLocator of(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            return new YamlLocator(first == null ? null : read(parser, first), 0, 0);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
            return new YamlLocator(null, line, column);
        } catch (IOException | RuntimeException e) {
            return new YamlLocator(null, 0, 0);
        }
    }

    private static Node read(JsonParser parser, JsonToken token) throws IOException {
        Node node = new Node(lineOf(parser));
        if (token == JsonToken.START_OBJECT) {
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME;
                    t = parser.nextToken()) {
                String name = parser.currentName();
                int keyLine = lineOf(parser);
                Node value = read(parser, parser.nextToken());
                node.fields.put(name, value.line == keyLine ? value : relocated(value, keyLine));
            }
        } else if (token == JsonToken.START_ARRAY) {
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null;
                    t = parser.nextToken()) {
                node.items.add(read(parser, t));
            }
        } else if (token != null && token.isScalarValue()) {
            node.scalar = parser.getText();
        }
        return node;
    }

    /** A block value starts on the line after its key; problems belong on the key's line. */
    private static Node relocated(Node value, int line) {
        Node moved = new Node(line);
        moved.fields.putAll(value.fields);
        moved.items.addAll(value.items);
        moved.scalar = value.scalar;
        return moved;
    }

    private static int lineOf(JsonParser parser) {
        return parser.currentTokenLocation() == null ? 0
                : Math.max(0, parser.currentTokenLocation().getLineNr());
    }

    public boolean parsed() {
        return root != null;
    }

    /** Where parsing failed, 0 when it did not. */
    public int errorLine() {
        return errorLine;
    }

    public int errorColumn() {
        return errorColumn;
    }

    /**
     * The line of the deepest part of {@code path} that exists; 1 for an empty path, 0 when
     * the text did not parse.
     */
    public int lineOf(String path) {
        if (root == null) {
            return errorLine;
        }
        return walk(root, Math.max(1, root.line), path);
    }

    /**
     * The line of {@code path} inside the entry of list {@code list} whose id is {@code id};
     * for ids with dots in them ({@code gpt-5.5}), which a dotted path cannot hold.
     */
    public int lineOfEntry(String list, String id, String path) {
        if (root == null) {
            return errorLine;
        }
        Node entries = root.fields.get(list);
        if (entries == null) {
            return Math.max(1, root.line);
        }
        Node entry = step(entries, null, id);
        return entry == null ? entries.line : walk(entry, entry.line, path);
    }

    private static int walk(Node from, int fromLine, String path) {
        Node node = from;
        int line = fromLine;
        Matcher segment = SEGMENT.matcher(path == null ? "" : path);
        while (segment.find()) {
            Node next = step(node, segment.group(1), segment.group(2));
            if (next == null) {
                break;
            }
            node = next;
            line = next.line;
        }
        return line;
    }

    /** Whether every segment of {@code path} names something in the text. */
    public boolean has(String path) {
        if (root == null) {
            return false;
        }
        Node node = root;
        Matcher segment = SEGMENT.matcher(path);
        while (segment.find()) {
            node = step(node, segment.group(1), segment.group(2));
            if (node == null) {
                return false;
            }
        }
        return true;
    }

    private static Node step(Node node, String index, String name) {
        if (index != null) {
            int i = Integer.parseInt(index);
            return i < node.items.size() ? node.items.get(i) : null;
        }
        Node field = node.fields.get(name);
        if (field != null) {
            return field;
        }
        for (Node item : node.items) {
            Node id = item.fields.get("id");
            if (id != null && name.equals(id.scalar)) {
                return item;
            }
        }
        return null;
    }
}
