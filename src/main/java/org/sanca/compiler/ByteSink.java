package org.sanca.compiler;

import java.util.Arrays;

/**
 * A growable byte array the assembler writes code, location and exception tables into: what
 * ByteArrayOutputStream does, without its locking.
 * CPython: Python/compile.c (the PyBytes buffers assemble resizes as it writes).
 */
final class ByteSink {
    private byte[] buf = new byte[64];
    private int size;

    /** Appends the low 8 bits of b. */
    void write(int b) {
        if (size == buf.length) {
            buf = Arrays.copyOf(buf, size << 1);
        }
        buf[size++] = (byte) b;
    }

    /** The bytes written, in a new array. */
    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
