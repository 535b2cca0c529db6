package org.sanca.objects;

/**
 * An object that lends its bytes to a memoryview: the backing array (read afresh on every access,
 * since a growing exporter may replace it), where the exported bytes start, how many, and whether
 * they are read-only.
 * CPython: Include/pybuffer.h (Py_buffer, the bf_getbuffer protocol).
 */
public interface BufferExporter {
    /** The current backing array, or null when the exporter can no longer lend it (closed). */
    byte[] bufferArray();

    /** The number of exported bytes. */
    int bufferLength();

    /** The index of the first exported byte in the backing array. */
    default int bufferOffset() {
        return 0;
    }

    default boolean bufferReadonly() {
        return false;
    }
}
