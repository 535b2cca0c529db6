package org.sanca.parser;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads the line a SyntaxError quotes from the file its filename names, as CPython does for
 * errors in module source (compile(..., "exec") and imports read the line back from disk).
 * CPython: Python/errors.c (err_programtext, _PyErr_ProgramDecodedTextObject).
 */
public final class ProgramText {
    /** fgets's buffer in err_programtext: a longer line yields its last chunk of this many bytes. */
    private static final int CHUNK = 999;

    private ProgramText() {}

    /**
     * Line lineno (1-based) of the file, its newline kept and "\r\n" or "\r" read as "\n", decoded
     * with encoding (errors replaced), or strictly as UTF-8 when encoding is null; null when there is
     * no such file or line, or strict decoding fails.
     */
    public static String line(String filename, int lineno, Charset encoding) {
        if (filename == null || lineno < 1 || filename.isEmpty() || filename.charAt(0) == '<') {
            return null;
        }
        byte[] data;
        try {
            Path p = Path.of(filename);
            if (!Files.isRegularFile(p)) {
                return null;
            }
            data = Files.readAllBytes(p);
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null;
        }
        int start = 0;
        for (int n = 1; n < lineno; n++) {
            start = nextLine(data, start);
            if (start >= data.length) {
                return null;
            }
        }
        if (start >= data.length) {
            return null;
        }
        return decode(lastChunk(data, start, nextLine(data, start)), encoding);
    }

    /** Where the line starting at from ends, after its "\n", "\r\n" or "\r". */
    private static int nextLine(byte[] d, int from) {
        int i = from;
        while (i < d.length && d[i] != '\n' && d[i] != '\r') {
            i++;
        }
        if (i < d.length && d[i] == '\r' && i + 1 < d.length && d[i + 1] == '\n') {
            return i + 2;
        }
        return Math.min(i + 1, d.length);
    }

    /** The line d[from, to) with its ending as "\n", cut to fgets's last chunk and at a NUL byte (strlen). */
    private static byte[] lastChunk(byte[] d, int from, int to) {
        int end = contentEnd(d, from, to);
        boolean newline = end < to;
        int chunkStart = lastChunkStart(d, from, to);
        byte[] out = new byte[end - chunkStart + (newline ? 1 : 0)];
        System.arraycopy(d, chunkStart, out, 0, end - chunkStart);
        if (newline) {
            out[out.length - 1] = '\n';
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == 0) {
                return java.util.Arrays.copyOf(out, i);
            }
        }
        return out;
    }

    /** Where the line d[from, to) ends before its "\n", "\r\n" or "\r". */
    private static int contentEnd(byte[] d, int from, int to) {
        int end = to;
        if (end > from && (d[end - 1] == '\n' || d[end - 1] == '\r')) {
            end -= end - 1 > from && d[end - 1] == '\n' && d[end - 2] == '\r' ? 2 : 1;
        }
        return end;
    }

    /**
     * Where the last chunk err_programtext's 1,000-byte fgets buffer reads of the line d[from, to)
     * starts: a line longer than the buffer is quoted from there.
     */
    static int lastChunkStart(byte[] d, int from, int to) {
        int end = contentEnd(d, from, to);
        int len = end - from + (end < to ? 1 : 0);
        return len == 0 ? from : from + (len - 1) / CHUNK * CHUNK;
    }

    private static String decode(byte[] line, Charset encoding) {
        if (encoding != null) {
            return new String(line, encoding);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
