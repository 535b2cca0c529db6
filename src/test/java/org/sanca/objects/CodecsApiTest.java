package org.sanca.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The Java codec API other modules call (the built-in codecs, which need no interpreter). */
class CodecsApiTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void builtinNamesTakeTheFastPaths() {
        PyStr s = PyStr.of("h\u00e9\u20ac\ud83d\ude00");
        assertArrayEquals(utf8(s.asString()), Codecs.encode(s, "UTF_8", null));
        assertEquals(s, Codecs.decodeStr(utf8(s.asString()), "utf8", "strict"));
        assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xfe, 'a', 0}, Codecs.encode(PyStr.of("a"), "utf-16", "strict"));
        assertArrayEquals(new byte[] {'h', '?', '?', '?'}, Codecs.encode(s, "ascii", "replace"));
        assertEquals("\u00ff", Codecs.decodeStr(new byte[] {(byte) 0xff}, "Latin-1", null).asString());
    }

    @Test
    void incrementalUtf8KeepsAnIncompleteTail() {
        byte[] b = utf8("a\u20ac");
        CodecUtf.Decoded d = CodecUtf.decodeUtf8(b, 3, "strict", false);
        assertEquals("a", d.text().asString());
        assertEquals(1, d.consumed());
        d = CodecUtf.decodeUtf8(b, 3, "replace", true);
        assertEquals("a\ufffd", d.text().asString());
        assertEquals(3, d.consumed());
    }

    @Test
    void errorsAreUnicodeErrorsWithCPythonsMessage() {
        PyException e = assertThrows(PyException.class, () -> Codecs.decodeStr(new byte[] {(byte) 0xff}, "utf-8", null));
        assertEquals("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", Abstract.str(e.value).asString());
        e = assertThrows(PyException.class, () -> Codecs.encode(PyStr.of("\u20ac"), "latin-1", "strict"));
        assertEquals("'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)",
                Abstract.str(e.value).asString());
    }

    @Test
    void surrogateescapeRoundTrips() {
        byte[] b = {'a', (byte) 0xff, (byte) 0x80};
        PyStr s = Codecs.decodeStr(b, "utf-8", "surrogateescape");
        assertEquals(3, s.length());
        assertEquals(0xdcff, s.codePointAt(1));
        assertArrayEquals(b, Codecs.encode(s, "utf-8", "surrogateescape"));
    }

    @Test
    void streamDecoderCarriesSplitSequences() {
        byte[] b = utf8("a\u20ac\ud83d\ude00");
        for (String enc : new String[] {"utf-8", "UTF-16-LE", "utf_32_be"}) {
            byte[] data = enc.equals("utf-8") ? b : Codecs.encode(PyStr.of("a\u20ac\ud83d\ude00"), enc, null);
            CodecStreams.Decoder d = CodecStreams.decoder(enc, "strict");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < data.length; i++) sb.append(d.decode(data, i, 1, false).asString());
            sb.append(d.decode(data, 0, 0, true).asString());
            assertEquals("a\u20ac\ud83d\ude00", sb.toString(), enc);
        }
        CodecStreams.Decoder d = CodecStreams.decoder("utf-8", null);
        assertEquals("", d.decode(new byte[] {(byte) 0xe2}, 0, 1, false).asString());
        assertEquals("(b'\\xe2', 0)", Abstract.repr(d.getstate()).asString());
        assertThrows(PyException.class, () -> d.decode(new byte[0], 0, 0, true));
    }
}
