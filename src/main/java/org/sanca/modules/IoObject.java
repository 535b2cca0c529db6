package org.sanca.modules;

import org.sanca.objects.PyDict;
import org.sanca.objects.PyInstance;
import org.sanca.objects.PyType;

/**
 * The state every _io object carries: the class and __dict__ of a plain instance plus _IOBase's
 * closed flag; the concrete classes (FileIO, BytesIO, ...) extend it with their own fields.
 * Instances of the _io classes themselves get their __dict__ on first use, as CPython's have one.
 * CPython: Modules/_io/iobase.c (the iobase struct, its dict and its __IOBase_closed attribute).
 */
class IoObject extends PyInstance {
    /** _IOBase's own closed flag (what _IOBase.close sets). */
    boolean ioClosed;
    /** The __dict__ of an instance whose class (an _io class) gives instances none of their own. */
    private PyDict ownDict;

    IoObject(PyType type) {
        super(type);
    }

    @Override
    public PyDict getDict() {
        PyDict d = super.getDict();
        if (d != null) return d;
        if (ownDict == null) ownDict = new PyDict();
        return ownDict;
    }

    @Override
    public void setDict(PyDict d) {
        if (super.getDict() != null) super.setDict(d);
        else ownDict = d;
    }
}
