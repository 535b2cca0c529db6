package org.sanca.vm;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyException;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * The eval loop's generator and coroutine instructions: RETURN_GENERATOR, SEND, GET_AWAITABLE,
 * GET_AITER, GET_ANEXT, ASYNC_GEN_WRAP.
 * CPython: Python/ceval.c (those TARGETs), Objects/genobject.c (_Py_MakeCoro, PyIter_Send in
 * Objects/abstract.c, _PyCoro_GetAwaitableIter).
 */
final class Generators {
    private Generators() {}

    /** RETURN_GENERATOR: the frame becomes the body of a new generator, coroutine or async generator. */
    static PyObject make(PyFrame f) {
        f.state = PyFrame.CREATED;
        ExecCode x = f.exec;
        if (x.hasFlag(PyCode.CO_COROUTINE)) return new PyCoroutine(f);
        if (x.hasFlag(PyCode.CO_ASYNC_GENERATOR)) return new PyAsyncGenerator(f);
        return new PyGenerator(f);
    }

    /**
     * SEND: receiver, value -> receiver, yielded value (returns the stack pointer), or when the
     * receiver is done -> its return value (returns ~stack pointer: the loop then jumps).
     */
    static int send(ThreadState ts, PyObject[] s, int sp) {
        PyObject v = s[sp - 1];
        PyObject receiver = s[sp - 2];
        PyObject r;
        PyObject retval;
        if (receiver instanceof PyGenerator g) {
            r = g.sendEx(ts, v, null);
            retval = g.returnValue;
        } else {
            try {
                r = v == Py.None ? Abstract.next(receiver) : Abstract.callMethod(receiver, "send", v);
                retval = Py.None;
            } catch (PyException e) {
                if (!Errors.isStopIteration(e)) throw e;
                r = null;
                retval = Errors.stopIterationValue(e);
            }
        }
        if (r != null) {
            s[sp - 1] = r;
            return sp;
        }
        s[--sp] = null;
        s[sp - 1] = retval;
        return ~sp;
    }

    /**
     * GET_AWAITABLE where: obj -> its awaitable iterator (a coroutine, or what __await__ returns),
     * with CPython's messages for async with (where 1 and 2).
     */
    static PyObject getAwaitable(PyObject o, int where) {
        if (o instanceof PyCoroutine c) {
            if (c.yieldFrom() != null) throw Errors.runtimeError("coroutine is being awaited already");
            return o;
        }
        if (o instanceof PyGenerator g && g.frame.exec.hasFlag(PyCode.CO_ITERABLE_COROUTINE)) return o;
        PyObject await = Abstract.lookupSpecial(o, PyStr.of("__await__"));
        if (await == null) throw Errors.notAwaitable(o, where);
        PyObject it = Abstract.call(await);
        if (it instanceof PyCoroutine || it instanceof PyGenerator g && g.frame.exec.hasFlag(PyCode.CO_ITERABLE_COROUTINE)) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (!Abstract.isIterator(it)) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + Protocols.typeName(it) + "'");
        }
        return it;
    }

    /** GET_AITER: obj -> obj.__aiter__(). */
    static PyObject getAIter(PyObject o) {
        PyObject m = Abstract.lookupSpecial(o, PyStr.of("__aiter__"));
        if (m == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + Protocols.typeName(o));
        }
        PyObject it = Abstract.call(m);
        if (Abstract.lookupSpecial(it, PyStr.of("__anext__")) == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + Protocols.typeName(it));
        }
        return it;
    }

    /** GET_ANEXT: aiter -> aiter, awaitable of aiter.__anext__(). */
    static PyObject getANext(PyObject aiter) {
        PyObject m = Abstract.lookupSpecial(aiter, PyStr.of("__anext__"));
        if (m == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got "
                    + Protocols.typeName(aiter));
        }
        PyObject r = Abstract.call(m);
        try {
            return getAwaitable(r, 0);
        } catch (PyException e) {
            throw Errors.typeError("'async for' received an invalid object from __anext__: " + Protocols.typeName(r));
        }
    }

    /** ASYNC_GEN_WRAP: value -> the wrapper an async generator yields to tell values from awaits. */
    static PyObject asyncGenWrap(PyObject v) {
        return new PyAsyncGenerator.Wrapped(v);
    }
}
