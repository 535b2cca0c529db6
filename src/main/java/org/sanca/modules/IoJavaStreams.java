package org.sanca.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyStr;

/**
 * Reads and writes of a FileIO whose standard stream is a pair of Java streams (the streams an
 * embedding or an in-process run hands to the interpreter) instead of a file descriptor.
 * CPython: Modules/_io/fileio.c (the read and write of a FileIO, here over Java streams).
 */
final class IoJavaStreams {
    private IoJavaStreams() {}

    private static PyException error(IOException e) {
        return PyErr.raise(PyExc.OSError, PyInt.of(5), PyStr.of("Input/output error"));
    }

    /** Up to n bytes (fewer when fewer are ready; none at end of stream). */
    static byte[] read(InputStream in, int n) {
        try {
            byte[] b = new byte[n];
            int got = n == 0 ? 0 : in.read(b, 0, n);
            return got <= 0 ? new byte[0] : got == n ? b : java.util.Arrays.copyOf(b, got);
        } catch (IOException e) {
            throw error(e);
        }
    }

    static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw error(e);
        }
    }

    /** Writes and flushes all of b: its length. */
    static int write(OutputStream out, byte[] b) {
        try {
            out.write(b);
            out.flush();
            return b.length;
        } catch (IOException e) {
            throw error(e);
        }
    }
}
