package org.sanca.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * SyntaxError messages and positions of invalid sources, against python3's: the snippets are
 * in src/test/resources/parser/errors.txt (separated by "#---" lines), CPython 3.11's errors in
 * errors.expected (generated with compile(src, "<s>", "exec", ast.PyCF_ONLY_AST)).
 */
class ParserErrorTest {
    static String resource(String name) throws IOException {
        try (InputStream in = ParserErrorTest.class.getResourceAsStream("/parser/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** One line per snippet, as the expected file has it. */
    static String describe(int i, String snippet) {
        try {
            Parser.parse(snippet, "<s>", Parser.Mode.FILE);
            return i + ": OK";
        } catch (SyntaxErrorException e) {
            return i + ": " + e.kind + ": " + e.msg + " (" + e.lineno + ", " + e.offset + ", " + e.endLineno + ", "
                + e.endOffset + ")";
        }
    }

    static List<String> actual() throws IOException {
        String[] snippets = resource("errors.txt").split("#---\n", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < snippets.length; i++) {
            out.add(describe(i, snippets[i]));
        }
        return out;
    }

    @Test
    void messagesAndPositionsMatchCPython() throws IOException {
        List<String> expected = List.of(resource("errors.expected").split("\n"));
        List<String> got = actual();
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(got.get(i))) {
                diffs.add("want " + expected.get(i) + "\n got " + got.get(i));
            }
        }
        assertEquals("", String.join("\n", diffs));
    }

    /** compile(src, "s", mode, PyCF_ALLOW_INCOMPLETE_INPUT | ...): sources of incomplete.json, results of incomplete.expected. */
    static List<String> incomplete() throws IOException {
        String json = resource("incomplete.json");
        List<String> sources = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        while (m.find()) {
            sources.add(m.group(1).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            for (String sym : new String[] {"single", "exec"}) {
                String r;
                try {
                    Parser.parse(sources.get(i), "s", sym.equals("exec") ? Parser.Mode.FILE : Parser.Mode.SINGLE,
                        Parser.PyCF_ALLOW_INCOMPLETE_INPUT);
                    r = "OK";
                } catch (SyntaxErrorException e) {
                    r = "SyntaxError: " + e.msg + " (" + e.lineno + ", " + e.offset + ")";
                }
                out.add(i + " " + sym + " " + r);
            }
        }
        return out;
    }

    @Test
    void incompleteInputAsCodeopSeesIt() throws IOException {
        assertEquals(resource("incomplete.expected").stripTrailing(), String.join("\n", incomplete()));
    }

    /** python3 -W error: invalid escapes warn (DeprecationWarning), and as errors are SyntaxErrors at the string. */
    @Test
    void invalidEscapesWarnAndMayBeErrors() {
        String[][] cases = {
            {"f\"a\\{x}\"", "invalid escape sequence '\\{' (1, 1)"},
            {"\"\\d\"", "invalid escape sequence '\\d' (1, 1)"},
            {"b\"\\d\"", "invalid escape sequence '\\d' (1, 1)"},
            {"f\"\\d{x}\"", "invalid escape sequence '\\d' (1, 1)"},
            {"x = 1\n\"\\777\"", "invalid octal escape sequence '\\777' (2, 1)"},
        };
        for (String[] c : cases) {
            List<String> warned = new ArrayList<>();
            SyntaxErrorException e = org.junit.jupiter.api.Assertions.assertThrows(SyntaxErrorException.class,
                () -> Parser.parse(() -> new Tokenizer(c[0], "s", true), Parser.Mode.FILE, 0, (cat, msg, file, line) -> {
                    warned.add(cat + ": " + msg);
                    return true;
                }));
            assertEquals(c[1], e.msg + " (" + e.lineno + ", " + e.offset + ")");
            assertEquals(List.of("DeprecationWarning: " + e.msg), warned);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            incomplete().forEach(System.out::println);
            return;
        }
        actual().forEach(System.out::println);
    }
}
