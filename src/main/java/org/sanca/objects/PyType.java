package org.sanca.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import org.sanca.objects.Slots.*;

/**
 * Python's type objects: a class, its bases, its MRO, its dict and its slots.
 * CPython: Objects/typeobject.c (PyTypeObject).
 *
 * <p>Slots are public fields holding small functional interfaces. The binary number slots
 * (nb_add .. nb_xor and their in-place forms) live in {@link #nb}, indexed by CPython's
 * BINARY_OP oparg ({@link PyNumber#ADD} .. {@link PyNumber#XOR}, plus {@link PyNumber#INPLACE}).
 */
public class PyType extends PyObject {
    /** Py_TPFLAGS_* that Sanca uses. */
    public static final long HEAPTYPE = 1L << 9, BASETYPE = 1L << 10, METHOD_DESCRIPTOR = 1L << 17,
            IS_ABSTRACT = 1L << 20, MATCH_SELF = 1L << 22, SEQUENCE = 1L << 5, MAPPING = 1L << 6,
            LONG_SUBCLASS = 1L << 24, LIST_SUBCLASS = 1L << 25, TUPLE_SUBCLASS = 1L << 26,
            BYTES_SUBCLASS = 1L << 27, UNICODE_SUBCLASS = 1L << 28, DICT_SUBCLASS = 1L << 29,
            BASE_EXC_SUBCLASS = 1L << 30, TYPE_SUBCLASS = 1L << 31, DISALLOW_INSTANTIATION = 1L << 7,
            IMMUTABLETYPE = 1L << 8;

    /** The class 'object'. Created first: every other type derives from it. */
    public static final PyType OBJECT = new PyType("object", null, BASETYPE);
    /** The class 'type'. */
    public static final PyType TYPE = new PyType("type", OBJECT, BASETYPE | TYPE_SUBCLASS);

    PyType metatype;
    String name;
    String qualname;
    /** tp_base: the solid base (first base for heap types). */
    PyType base;
    PyTuple bases;
    PyType[] mro;
    /** The type's __dict__, created on first use (so type construction touches no other class). */
    private PyDict dict;
    public long flags;
    /** Whether instances carry a __dict__. */
    boolean instanceDict;
    /** The number of __slots__ cells in instances (this class's and its bases'). */
    int slotCount;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    private int versionTag = nextVersionTag();
    /** Renewed with versionTag and also when a plain class value changes: what the method cache keys on. */
    private int lookupTag = nextVersionTag();

    public UnaryFunc tp_repr, tp_str, tp_iter, tp_iternext;
    public HashFunc tp_hash;
    public RichCmpFunc tp_richcompare;
    public BinaryFunc tp_getattro;
    public SetFunc tp_setattro;
    public CallFunc tp_call;
    public DescrGetFunc tp_descr_get;
    public SetFunc tp_descr_set;
    public NewFunc tp_new;
    public InitFunc tp_init;
    public BoolFunc nb_bool;
    /** nb_add .. nb_xor then nb_inplace_add .. nb_inplace_xor, by BINARY_OP oparg. */
    public final BinaryFunc[] nb = new BinaryFunc[2 * PyNumber.INPLACE];
    /** nb_power with a modulus (three-argument pow). */
    public TernaryFunc nb_power;
    public UnaryFunc nb_negative, nb_positive, nb_absolute, nb_invert, nb_index, nb_int, nb_float;
    public LenFunc sq_length, mp_length;
    public BinaryFunc mp_subscript;
    public SetFunc mp_ass_subscript;
    public ContainsFunc sq_contains;
    /** sq_concat and sq_repeat (count is an int): tried after the number slots for + and *. */
    public BinaryFunc sq_concat, sq_repeat;

    /** A static (builtin) type; call {@link #ready()} after filling its slots and methods. */
    public PyType(String name, PyType base, long flags) {
        this.name = name;
        this.qualname = name.substring(name.lastIndexOf('.') + 1);
        this.base = base;
        this.flags = flags;
    }

    /** A static type deriving from object. */
    public PyType(String name) {
        this(name, OBJECT, 0);
    }

    /** A static type with base object and the given flags. */
    public PyType(String name, long flags) {
        this(name, OBJECT, flags);
    }

    @Override
    public PyType type() {
        return metatype != null ? metatype : TYPE;
    }

    @Override
    public PyDict getDict() {
        PyDict d = dict;
        if (d == null) dict = d = new PyDict();
        return d;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public PyType getBase() {
        return base;
    }

    public PyTuple getBases() {
        return bases;
    }

    public PyType[] getMro() {
        return mro;
    }

    public boolean isHeapType() {
        return (flags & HEAPTYPE) != 0;
    }

    public boolean hasFlag(long f) {
        return (flags & f) != 0;
    }

    /** Whether instances of this type get a __dict__. */
    public boolean hasInstanceDict() {
        return instanceDict;
    }

    // ---- builtin type construction ------------------------------------------------------

    /** Adds a METH_NOARGS method descriptor to the type's dict. */
    public PyType addMethod(String name, MethNoArgs f) {
        return put(name, new PyMethodDescr(this, name, f));
    }

    /** Adds a METH_O method descriptor. */
    public PyType addMethod(String name, MethO f) {
        return put(name, new PyMethodDescr(this, name, f));
    }

    /** Adds a METH_FASTCALL|METH_KEYWORDS method descriptor. */
    public PyType addMethod(String name, MethFast f) {
        return put(name, new PyMethodDescr(this, name, f));
    }

    /** Adds a class method (f receives the class as self). */
    public PyType addClassMethod(String name, MethFast f) {
        return put(name, new PyClassMethodDescr(this, name, f));
    }

    /** Adds a static method (self is null). */
    public PyType addStaticMethod(String name, MethFast f) {
        return put(name, new PyStaticMethod(new PyBuiltinFunction(name, null, f, getQualname() + "." + name)));
    }

    /** Adds a read-only attribute. */
    public PyType addGetter(String name, Getter g) {
        return put(name, new PyGetSetDescr(this, name, g, null));
    }

    /** A READONLY member (T_OBJECT with READONLY): assigning or deleting it says "readonly attribute". */
    public PyType addMember(String name, Getter g) {
        return addGetSet(name, g, (o, v) -> {
            throw PyErr.format(PyExc.AttributeError, "readonly attribute");
        });
    }

    /** Adds a read-write attribute. */
    public PyType addGetSet(String name, Getter g, Setter s) {
        return put(name, new PyGetSetDescr(this, name, g, s));
    }

    /** Puts a value in the type's dict, without slot updates (builtin setup only). */
    public PyType put(String name, PyObject value) {
        getDict().setItem(PyStr.of(name), value);
        return this;
    }

    /** PyType_Ready for a static type: MRO, inherited slots, wrappers for its own slots. */
    public PyType ready() {
        if (bases == null) bases = base == null ? PyTuple.EMPTY : PyTuple.of(base);
        if (mro == null) mro = computeBaseChainMro();
        if (base != null) {
            SlotDefs.addWrappers(this);
            SlotDefs.inheritSlots(this, base);
            base.addSubclass(this);
            instanceDict |= base.instanceDict;
        } else {
            SlotDefs.addWrappers(this);
        }
        if (getDict().getItemStr(PyStr.of("__doc__")) == null) put("__doc__", PyNone.INSTANCE);
        return this;
    }

    private PyType[] computeBaseChainMro() {
        List<PyType> l = new ArrayList<>();
        for (PyType t = this; t != null; t = t.base) l.add(t);
        return l.toArray(new PyType[0]);
    }

    void addSubclass(PyType sub) {
        subclasses.add(new WeakReference<>(sub));
    }

    void removeSubclass(PyType sub) {
        subclasses.removeIf(r -> r.get() == sub || r.get() == null);
    }

    /** The live direct subclasses (type.__subclasses__()). */
    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        for (WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (t != null) out.add(t);
        }
        return out;
    }

    // ---- lookup ---------------------------------------------------------------------------

    /**
     * _PyType_Lookup: the attribute found along the MRO, or null. Results (misses too) are kept
     * in a global cache indexed by version tag and name, as CPython's method cache: a type's
     * modification changes its tag, so stale entries simply stop matching.
     */
    public PyObject lookup(PyStr name) {
        return lookup(name.value, name);
    }

    /** The same lookup by a Java name. */
    public PyObject lookup(String name) {
        return lookup(name, null);
    }

    private PyObject lookup(String key, PyStr name) {
        int version = lookupTag;
        int i = cacheIndex(version, key);
        MethodCacheEntry e = METHOD_CACHE[i];
        if (e != null && e.version == version && (e.name == key || e.name.equals(key))) return e.value;
        if (mro == null) return null; // a custom mro() looking attributes up while the class is made
        PyStr n = name != null ? name : PyStr.of(key);
        PyType owner = null;
        PyObject v = null;
        for (PyType t : mro) {
            v = t.getDict().getItemStr(n);
            if (v != null) {
                owner = t;
                break;
            }
        }
        METHOD_CACHE[i] = new MethodCacheEntry(version, key, owner, v);
        return v;
    }

    private static int cacheIndex(int version, String key) {
        return (version * 31 + key.hashCode()) & (METHOD_CACHE_SIZE - 1);
    }

    private static final int METHOD_CACHE_SIZE = 1 << 12;
    private static final MethodCacheEntry[] METHOD_CACHE = new MethodCacheEntry[METHOD_CACHE_SIZE];

    /**
     * One method cache entry: the value found and the type on the MRO whose dict holds it (null
     * for a miss); immutable, so a racing reader sees a whole entry or another.
     */
    private record MethodCacheEntry(int version, String name, PyType owner, PyObject value) {}


    /** PyType_Modified: gives this type and its subclasses new version tags, invalidating cached lookups. */
    public void modified() {
        versionTag = nextVersionTag();
        lookupTag = nextVersionTag();
        for (WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (t != null) t.modified();
        }
    }

    /**
     * Class attribute {@code name}, which held a plain value (no __get__), now holds another plain
     * value: nothing the vm's attribute caches keep depends on plain values, so the version tags
     * stay, and the method cache's entries that found the name in this type's dict (this type's
     * and its subclasses') are given the new value. Classes that count their instances in a class
     * attribute keep all their caches.
     */
    public void valueModified(PyStr name) {
        refreshCached(name.value, this, getDict().getItemStr(name));
    }

    private void refreshCached(String key, PyType owner, PyObject value) {
        int version = lookupTag, i = cacheIndex(version, key);
        MethodCacheEntry e = METHOD_CACHE[i];
        if (e != null && e.version == version && e.owner == owner && e.name.equals(key)) {
            METHOD_CACHE[i] = value == null ? null : new MethodCacheEntry(version, key, owner, value);
        }
        for (WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (t != null) t.refreshCached(key, owner, value);
        }
    }

    /** Whether v is a value whose type has no __get__ (not a function, property, descriptor). */
    public static boolean isPlainValue(PyObject v) {
        return v != null && v.type().tp_descr_get == null;
    }

    /**
     * The type's version tag: it changes whenever the type or a type on its MRO is modified
     * (except for one plain class value replacing another, see valueModified), so an inline
     * cache holding (type, versionTag) stays valid while the tag is unchanged.
     * CPython: tp_version_tag (assign_version_tag, PyType_Modified).
     */
    public int versionTag() {
        return versionTag;
    }

    private static int nextVersionTag() {
        return Tags.LAST.incrementAndGet();
    }

    /** The last version tag given (in a holder: types are made during PyType's own initialisation). */
    private static final class Tags {
        static final java.util.concurrent.atomic.AtomicInteger LAST = new java.util.concurrent.atomic.AtomicInteger();
    }

    /** PyType_IsSubtype: whether this type has t in its MRO. */
    public boolean isSubtype(PyType t) {
        if (this == t || t == OBJECT) return true;
        for (PyType m : mro) if (m == t) return true;
        return false;
    }

    @Override
    public String toString() {
        return "<class '" + fullName() + "'>";
    }

    /** module.qualname, or just qualname for builtins. */
    public String fullName() {
        PyObject mod = getDict().getItemStr(PyStr.of("__module__"));
        if (isHeapType() && mod instanceof PyStr ms && !ms.value.equals("builtins")) return ms.value + "." + qualname;
        if (!isHeapType() && name.indexOf('.') < 0 && mod instanceof PyStr ms && !ms.value.equals("builtins"))
            return ms.value + "." + qualname;
        return isHeapType() ? qualname : name;
    }

    static {
        TypeObject.init();
    }
}
