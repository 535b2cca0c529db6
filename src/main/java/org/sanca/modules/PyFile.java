package org.sanca.modules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;

import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyType;

/**
 * An open file or standard stream: text (TextIOWrapper, UTF-8 with universal newlines on
 * input) or binary (BufferedReader/BufferedWriter), over a Java stream.
 * CPython: Modules/_io/textio.c, bufferedio.c and fileio.c (a simplified single layer).
 */
public final class PyFile extends PyObject {
    final PyType type;
    final String name;
    final String mode;
    final boolean binary;
    private PushbackInputStream in;
    private OutputStream out;
    private final boolean closeStreams;
    private final Buffering buffering;

    /** When text written to a stream reaches the OS: as CPython's TextIOWrapper and -u arrange it. */
    public enum Buffering {
        /** Every write is flushed (-u: write_through, unbuffered binary layer). */
        WRITE_THROUGH,
        /** A write containing a newline is flushed (line_buffering: stderr, and stdout on a terminal). */
        LINE,
        /** Flushed when 8 KiB are pending, on flush() and on close. */
        FULL
    }
    private final StringBuilder pending = new StringBuilder();
    boolean closed;

    PyFile(PyType type, String name, String mode, InputStream in, OutputStream out, boolean closeStreams,
           Buffering buffering) {
        this.type = type;
        this.name = name;
        this.mode = mode;
        this.binary = mode.indexOf('b') >= 0;
        this.in = in == null ? null : new PushbackInputStream(in, 2);
        this.out = out;
        this.closeStreams = closeStreams;
        this.buffering = buffering;
    }

    @Override
    public PyType type() {
        return type;
    }

    private PyFile buffer;
    /** For a .buffer object, the text stream above it, flushed before each binary write. */
    private PyFile textLayer;

    /** The binary layer under a text stream (its .buffer): bytes written after the text so far. */
    PyFile buffer() {
        checkOpen();
        flush();
        if (buffer == null) {
            PyType t = in != null && out != null ? IoModule.BUFFERED_RANDOM
                : in != null ? IoModule.BUFFERED_READER : IoModule.BUFFERED_WRITER;
            buffer = new PyFile(t, name, mode.replace("b", "") + "b", in, out, false, buffering);
            buffer.textLayer = this;
        }
        return buffer;
    }

    void checkOpen() {
        if (closed) {
            throw PyErr.format(PyExc.ValueError, "I/O operation on closed file.");
        }
    }

    boolean readable() {
        return in != null;
    }

    boolean writable() {
        return out != null;
    }

    private InputStream input() {
        checkOpen();
        if (in == null) {
            throw unsupported("not readable");
        }
        return in;
    }

    private OutputStream output() {
        checkOpen();
        if (out == null) {
            throw unsupported("not writable");
        }
        return out;
    }

    static RuntimeException unsupported(String what) {
        return PyErr.raise(IoModule.UNSUPPORTED_OPERATION, org.sanca.objects.PyStr.of(what));
    }

    static RuntimeException ioError(IOException e) {
        return PyErr.format(PyExc.OSError, "%s", String.valueOf(e.getMessage()));
    }

    // ---- binary -----------------------------------------------------------------------------

    /** Reads up to {@code size} bytes (all when negative). */
    byte[] readBytes(long size) {
        InputStream s = input();
        try {
            if (size < 0) {
                return s.readAllBytes();
            }
            return s.readNBytes((int) Math.min(size, Integer.MAX_VALUE));
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** Reads through the next \n (or to the end). */
    byte[] readLineBytes(long limit) {
        InputStream s = input();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((limit < 0 || line.size() < limit) && (b = s.read()) >= 0) {
                line.write(b);
                if (b == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw ioError(e);
        }
        return line.toByteArray();
    }

    void writeBytes(byte[] b) {
        if (textLayer != null) {
            textLayer.flush();
        }
        try {
            output().write(b);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    // ---- text -------------------------------------------------------------------------------

    /** Reads one code point with universal newlines; -1 at the end. */
    private int readChar() throws IOException {
        int b = in.read();
        if (b < 0) {
            return -1;
        }
        if (b == '\r') {
            int next = in.read();
            if (next >= 0 && next != '\n') {
                in.unread(next);
            }
            return '\n';
        }
        if (b < 0x80) {
            return b;
        }
        int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
        byte[] buf = new byte[extra + 1];
        buf[0] = (byte) b;
        for (int i = 1; i <= extra; i++) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            buf[i] = (byte) c;
        }
        return new String(buf, StandardCharsets.UTF_8).codePointAt(0);
    }

    /** Reads up to {@code size} characters (all when negative). */
    String readText(long size) {
        input();
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            while ((size < 0 || sb.length() < size) && (c = readChar()) >= 0) {
                sb.appendCodePoint(c);
            }
        } catch (IOException e) {
            throw ioError(e);
        }
        return sb.toString();
    }

    /** Reads through the next newline (or to the end, or {@code limit} characters). */
    String readLineText(long limit) {
        input();
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            while ((limit < 0 || sb.length() < limit) && (c = readChar()) >= 0) {
                sb.appendCodePoint(c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw ioError(e);
        }
        return sb.toString();
    }

    void writeText(String s) {
        output();
        pending.append(s);
        boolean due = switch (buffering) {
            case WRITE_THROUGH -> true;
            case LINE -> s.indexOf('\n') >= 0;
            case FULL -> pending.length() >= 8192;
        };
        if (due) {
            flush();
        }
    }

    void flush() {
        if (closed || out == null) {
            return;
        }
        try {
            if (pending.length() > 0) {
                out.write(pending.toString().getBytes(StandardCharsets.UTF_8));
                pending.setLength(0);
            }
            out.flush();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    void close() {
        if (closed) {
            return;
        }
        try {
            flush();
        } finally {
            closed = true;
            if (closeStreams) {
                try {
                    if (in != null) {
                        in.close();
                    }
                    if (out != null) {
                        out.close();
                    }
                } catch (IOException e) {
                    throw ioError(e);
                }
            }
        }
    }
}
