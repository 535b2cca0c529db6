package org.sanca.modules;

import org.sanca.objects.PyInstance;
import org.sanca.objects.PyType;

/**
 * The state every _io object carries: the class and __dict__ of a plain instance plus _IOBase's
 * closed flag; the concrete classes (FileIO, BytesIO, ...) extend it with their own fields.
 * CPython: Modules/_io/iobase.c (the iobase struct and its __IOBase_closed attribute).
 */
class IoObject extends PyInstance {
    /** _IOBase's own closed flag (what _IOBase.close sets). */
    boolean ioClosed;

    IoObject(PyType type) {
        super(type);
    }
}
