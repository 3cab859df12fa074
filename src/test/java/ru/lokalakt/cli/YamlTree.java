package ru.lokalakt.cli;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A YAML document built from parts, for fuzzing the loader by structure: mappings and lists in block or flow
 * style, scalars in every quoting, anchors, aliases (to a finished node, to an enclosing one, to none), merge
 * keys, tags, and the bytes in one of the encodings a user's editor may save.
 */
final class YamlTree {
    private YamlTree() {
    }

    sealed interface Node permits Scalar, Mapping, Sequence, Alias {
    }

    enum Style { PLAIN, SINGLE, DOUBLE, LITERAL, FOLDED }

    record Scalar(String text, Style style, String tag) implements Node {
    }

    /** {@code <<} as a key with an alias as its value is a merge key. */
    record Entry(String key, Node value) {
    }

    record Mapping(List<Entry> entries, boolean flow, String anchor, String tag) implements Node {
    }

    record Sequence(List<Node> items, boolean flow, String anchor, String tag) implements Node {
    }

    /**
     * «*name» for the {@code pick}-th distinct anchor written so far, in the order of the text (one still open
     * makes a cycle), or for an anchor no node has when {@code pick} is negative.
     */
    record Alias(int pick) implements Node {
    }

    enum Encoding {
        UTF8, UTF8_BOM, UTF16LE_BOM, UTF16BE_BOM, UTF16LE, WINDOWS_1251;

        byte[] bytes(String text) {
            return switch (this) {
                case UTF8 -> text.getBytes(StandardCharsets.UTF_8);
                case UTF8_BOM -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
                case UTF16LE_BOM -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
                case UTF16BE_BOM -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
                case UTF16LE -> text.getBytes(StandardCharsets.UTF_16LE);
                case WINDOWS_1251 -> {
                    // what cannot be said in Windows-1251 becomes «?», as a Russian editor saves it
                    CharsetEncoder encoder = Charset.forName("windows-1251").newEncoder()
                            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
                            .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE);
                    try {
                        java.nio.ByteBuffer b = encoder.encode(java.nio.CharBuffer.wrap(text));
                        byte[] out = new byte[b.remaining()];
                        b.get(out);
                        yield out;
                    } catch (java.nio.charset.CharacterCodingException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
        }
    }

    /** One generated profile: maybe on top of a bundled example, its own fields, and how its bytes are saved. */
    record Case(boolean onExample, Mapping root, String rootAnchor, Encoding encoding) {
        /**
         * The YAML text; {@code example} is how this entry point names the example profile to extend, {@code id}
         * the institution's id on top of it (a batch needs one per profile).
         */
        String text(String example, String id) {
            StringBuilder out = new StringBuilder();
            if (onExample) {
                out.append("extends: ").append(example).append("\nid: ").append(id).append('\n');
            }
            if (rootAnchor != null && !onExample) {
                out.append('&').append(rootAnchor).append('\n');
            }
            Writer writer = new Writer();
            if (rootAnchor != null && !onExample) {
                writer.anchors.add(rootAnchor);
            }
            for (Entry e : root.entries()) {
                writer.entry(e, 0, out);
            }
            return out.toString();
        }

        byte[] bytes(String example, String id) {
            return encoding.bytes(text(example, id));
        }

        @Override
        public String toString() {
            return encoding + (onExample ? ", on the example" : "") + ":\n" + text("EXAMPLE", "fuzz");
        }
    }

    /** Writes a tree in the order of the text, knowing which anchors are written so far. */
    private static final class Writer {
        final List<String> anchors = new java.util.ArrayList<>();

        void entry(Entry e, int indent, StringBuilder out) {
            out.append(" ".repeat(indent)).append(e.key()).append(':');
            value(e.value(), indent, out);
        }

        /** A value after «key:» or «-», in block style unless the node asks for flow; ends its line. */
        private void value(Node node, int indent, StringBuilder out) {
            if (node instanceof Alias a) {
                out.append(' ').append(name(a)).append('\n');
            } else if (node instanceof Scalar s) {
                out.append(' ').append(props(null, s.tag()));
                scalar(s, indent, false, out);
                out.append('\n');
            } else if (node instanceof Mapping m && !m.flow() && !m.entries().isEmpty()) {
                out.append(' ').append(props(m.anchor(), m.tag()).stripTrailing()).append('\n');
                for (Entry e : m.entries()) {
                    entry(e, indent + 2, out);
                }
            } else if (node instanceof Sequence q && !q.flow() && !q.items().isEmpty()) {
                out.append(' ').append(props(q.anchor(), q.tag()).stripTrailing()).append('\n');
                for (Node item : q.items()) {
                    out.append(" ".repeat(indent + 2)).append('-');
                    value(item, indent + 4, out);
                }
            } else {
                out.append(' ').append(flow(node)).append('\n');
            }
        }

        private String flow(Node node) {
            StringBuilder out = new StringBuilder();
            if (node instanceof Alias a) {
                out.append(name(a));
            } else if (node instanceof Scalar s) {
                out.append(props(null, s.tag()));
                scalar(s, 0, true, out);
            } else if (node instanceof Mapping m) {
                out.append(props(m.anchor(), m.tag())).append('{');
                for (int i = 0; i < m.entries().size(); i++) {
                    Entry e = m.entries().get(i);
                    out.append(i == 0 ? "" : ", ").append(e.key()).append(": ").append(flow(e.value()));
                }
                out.append('}');
            } else if (node instanceof Sequence q) {
                out.append(props(q.anchor(), q.tag())).append('[');
                for (int i = 0; i < q.items().size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(flow(q.items().get(i)));
                }
                out.append(']');
            }
            return out.toString();
        }

        private String props(String anchor, String tag) {
            if (anchor != null && !anchors.contains(anchor)) {
                anchors.add(anchor);
            }
            return (anchor == null ? "" : "&" + anchor + " ") + (tag == null ? "" : tag + " ");
        }

        /** «*name»; a plain word where no anchor is written yet, so that most aliases lead somewhere. */
        private String name(Alias a) {
            if (a.pick() < 0) {
                return "*nowhere";
            }
            return anchors.isEmpty() ? "x" : "*" + anchors.get(a.pick() % anchors.size());
        }
    }

    private static void scalar(Scalar s, int indent, boolean inFlow, StringBuilder out) {
        Style style = inFlow && (s.style() == Style.LITERAL || s.style() == Style.FOLDED) ? Style.DOUBLE : s.style();
        String text = s.text();
        switch (style) {
            case PLAIN -> out.append(text);
            case SINGLE -> out.append('\'').append(text.replace("'", "''")).append('\'');
            case DOUBLE -> out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")
                    .replace("\n", "\\n")).append('"');
            default -> {
                out.append(style == Style.LITERAL ? '|' : '>');
                for (String line : text.split("\n", -1)) {
                    out.append('\n').append(" ".repeat(indent + 2)).append(line);
                }
            }
        }
    }
}
