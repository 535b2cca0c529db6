package org.sanca.objects;

/**
 * The Java carrier of a raised Python exception; it has no Java stack trace.
 * CPython: the thread state's current exception (Python/errors.c, PyErr_SetObject).
 */
public final class PyException extends RuntimeException {
    /** The Python exception instance. */
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** The type of the exception (type(value)). */
    public PyType pyType() {
        return value.type();
    }

    /** PyErr_ExceptionMatches: whether the exception is an instance of t. */
    public boolean matches(PyType t) {
        return value.type().isSubtype(t);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    @Override
    public String getMessage() {
        try {
            String s = Abstract.str(value).value;
            return value.type().getName() + (s.isEmpty() ? "" : ": " + s);
        } catch (RuntimeException e) {
            return value.type().getName();
        }
    }
}
