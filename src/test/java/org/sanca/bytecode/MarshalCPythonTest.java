package org.sanca.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanca.cli.CommandLine;
import org.sanca.compiler.Compiler;
import org.sanca.objects.Abstract;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyFrozenSet;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyTuple;
import org.sanca.parser.Parser;
import org.sanca.runtime.PySystemState;
import org.sanca.runtime.StdlibLocator;

/**
 * Marshal data both ways between Sanca and CPython 3.11 (python3 on the PATH): values and the code
 * objects of standard library files that python3 marshals load in Sanca equal to Sanca's own (a
 * compile of the same source, compared field by field), and what Sanca marshals loads in python3
 * equal to CPython's. -Dmarshal.files=N (default 50) sets how many standard library files, spread
 * evenly over the sorted top-level modules, take part; 0 means all of them; with -Dmarshal.recursive=true
 * the files of the packages are included.
 */
class MarshalCPythonTest {
    private static Path tmp;

    /** The values python3 marshals in every version (their repr must survive both ways). */
    private static final String VALUES = """
            [None, True, False, StopIteration, ..., 0, -1, 2**31 - 1, -2**31, 2**31, 2**45, -2**100, 10**40,
             0.0, -0.0, 0.1, 1e300, 5e-324, float('inf'), -float('inf'), 1j, -1.5 + 2j,
             b'', b'\\x00\\xff', bytes(range(256)), '', 'abc', 'a b', 'é', '€' * 3, '\\U0001f600', '\\ud800', 'x' * 300,
             (), (1, (2, 3)), tuple(range(300)), [], [1, [2]], {}, {1: 'a', 'b': (2,)},
             set(), {1, 2}, frozenset(), frozenset({'x', 'y', (1, 2)}), {'p', 'q', 'r'},
             [[1, 2]] * 3, ('shared', 'shared')]
            """;

    /** Prints, per value and version, the hex of CPython's marshal data and the value's repr. */
    private static final String DUMP_VALUES = """
            import marshal
            def canon(v):
                t = type(v)
                if t in (set, frozenset):
                    return t.__name__ + '{' + ', '.join(sorted(canon(x) for x in v)) + '}'
                if t in (tuple, list):
                    return t.__name__ + '[' + ', '.join(canon(x) for x in v) + ']'
                if t is dict:
                    return 'dict{' + ', '.join(canon(k) + ': ' + canon(x) for k, x in v.items()) + '}'
                return ascii(v)

            for v in VALUES:
                for version in range(5):
                    print(marshal.dumps(v, version).hex(), canon(v))
            """;

    /** Reads "hex repr" lines and prints OK or the repr CPython loads from Sanca's data. */
    private static final String LOAD_VALUES = """
            import marshal, sys
            def canon(v):
                t = type(v)
                if t in (set, frozenset):
                    return t.__name__ + '{' + ', '.join(sorted(canon(x) for x in v)) + '}'
                if t in (tuple, list):
                    return t.__name__ + '[' + ', '.join(canon(x) for x in v) + ']'
                if t is dict:
                    return 'dict{' + ', '.join(canon(k) + ': ' + canon(x) for k, x in v.items()) + '}'
                return ascii(v)

            for line in sys.stdin.read().splitlines():
                data, expected = line.split(' ', 1)
                got = canon(marshal.loads(bytes.fromhex(data)))
                print('OK' if got == expected else 'DIFF ' + got + ' != ' + expected)
            """;

    /** Compiles and marshals each file named on stdin to DIR/N.marshal. */
    private static final String DUMP_CODE = """
            import marshal, sys
            out = sys.argv[1]
            for i, name in enumerate(sys.stdin.read().splitlines()):
                with open(name, 'rb') as f:
                    try:
                        data = marshal.dumps(compile(f.read(), name, 'exec'))
                    except (SyntaxError, ValueError):
                        data = b''
                with open('%s/%d.marshal' % (out, i), 'wb') as f:
                    f.write(data)
            """;

    /** Loads DIR/N.sanca (Sanca's marshal of file N) and compares it with CPython's compile, field by field. */
    private static final String LOAD_CODE = """
            import marshal, sys
            FIELDS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize',
                      'co_flags', 'co_firstlineno', 'co_code', 'co_names', 'co_varnames', 'co_cellvars',
                      'co_freevars', 'co_filename', 'co_name', 'co_qualname', 'co_linetable', 'co_exceptiontable')
            def diff(a, b, path):
                out = [path + '.' + f for f in FIELDS if getattr(a, f) != getattr(b, f)]
                if len(a.co_consts) != len(b.co_consts):
                    return out + [path + '.co_consts']
                for i, (x, y) in enumerate(zip(a.co_consts, b.co_consts)):
                    if type(x) is not type(y):
                        out.append('%s.co_consts[%d]' % (path, i))
                    elif hasattr(x, 'co_code'):
                        out += diff(x, y, path + '.' + x.co_name)
                    elif type(x) is frozenset and x == y:
                        pass
                    elif ascii(x) != ascii(y):
                        out.append('%s.co_consts[%d]' % (path, i))
                return out
            out = sys.argv[1]
            for i, name in enumerate(sys.stdin.read().splitlines()):
                with open(name, 'rb') as f:
                    try:
                        code = compile(f.read(), name, 'exec')
                    except (SyntaxError, ValueError):
                        print('SKIPPED')
                        continue
                with open('%s/%d.sanca' % (out, i), 'rb') as f:
                    loaded = marshal.loads(f.read())
                d = diff(code, loaded, name)
                # == on code objects is False even for CPython's own round trip when a constant is a nan
                equal = code == loaded or marshal.loads(marshal.dumps(code)) != code
                print('OK' if not d and equal else 'DIFF %s %s' % (name, d[:3]))
            """;

    @BeforeAll
    static void start() throws Exception {
        CommandLine.Options o = CommandLine.parse("python3", new String[] {"-c", "pass"}, Map.of());
        PySystemState.create(o, Map.of(), new ByteArrayInputStream(new byte[0]), new PrintStream(System.out), System.err);
        tmp = Files.createTempDirectory("sanca-marshal");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (tmp == null) return;
        try (Stream<Path> s = Files.walk(tmp)) {
            for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) Files.deleteIfExists(p);
        }
    }

    /** Whether python3 on the PATH is CPython 3.11. */
    static boolean python311() {
        try {
            return python(List.of("-c", "import sys; print(sys.version_info[:2] == (3, 11))"), "").strip().equals("True");
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs python3 with args and stdin; returns its stdout, failing on a non-zero status. */
    static String python(List<String> args, String stdin) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add("python3");
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            int status = p.waitFor();
            if (status != 0) throw new IOException("python3 exited with status " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }

    private static String script(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void valuesBothWays() throws IOException {
        assumeTrue(python311(), "needs python3 3.11 on the PATH to marshal both ways");
        String dumped = python(List.of(script("dump_values.py", "VALUES = " + VALUES + DUMP_VALUES)), "");
        StringBuilder back = new StringBuilder();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (String line : dumped.split("\n")) {
            String[] f = line.split(" ", 2);
            byte[] data = HexFormat.of().parseHex(f[0]);
            PyObject v = Marshal.loads(data);
            String got = canon(v);
            if (!got.equals(f[1])) problems.add("Sanca loads " + got + " from CPython's " + f[1]);
            int version = n++ % 5;
            back.append(HexFormat.of().formatHex(Marshal.dumps(v, version))).append(' ').append(f[1]).append('\n');
        }
        String loaded = python(List.of(script("load_values.py", LOAD_VALUES)), back.toString());
        for (String line : loaded.split("\n")) if (!line.equals("OK")) problems.add("CPython: " + line);
        System.out.println("marshal values: " + n + " (value, version) pairs, " + problems.size() + " problems");
        assertEquals(List.of(), problems);
    }

    /** The value as DUMP_VALUES's canon() shows it: ascii(), with set items sorted so that hashing does not matter. */
    static String canon(PyObject v) {
        String type = v.type().getName();
        if (v instanceof PyFrozenSet s) {
            List<String> items = new ArrayList<>();
            for (PyObject x : s.toArray()) items.add(canon(x));
            items.sort(null);
            return type + "{" + String.join(", ", items) + "}";
        }
        if (v instanceof PyTuple || v instanceof org.sanca.objects.PyList) {
            PyObject[] xs = v instanceof PyTuple t ? t.toArray() : ((org.sanca.objects.PyList) v).toArray();
            return type + "[" + String.join(", ", Arrays.stream(xs).map(MarshalCPythonTest::canon).toList()) + "]";
        }
        if (v instanceof org.sanca.objects.PyDict d) {
            List<String> items = new ArrayList<>();
            for (var e : d.entries()) items.add(canon(e.key()) + ": " + canon(e.value()));
            return "dict{" + String.join(", ", items) + "}";
        }
        return Abstract.ascii(v).asString();
    }

    /** Standard library files for the code object comparison, spread evenly over the sorted list. */
    private static List<Path> stdlibFiles() throws IOException {
        Path lib = StdlibLocator.find(System.getenv(), false);
        if (lib == null || !Files.isDirectory(lib)) return List.of();
        List<Path> all;
        try (Stream<Path> s = Boolean.getBoolean("marshal.recursive") ? Files.walk(lib) : Files.list(lib)) {
            all = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages")).sorted().toList();
        }
        int want = Integer.getInteger("marshal.files", 50);
        if (want <= 0 || want >= all.size()) return all;
        List<Path> picked = new ArrayList<>();
        for (int i = 0; i < want; i++) picked.add(all.get((int) ((long) i * all.size() / want)));
        return picked;
    }

    @Test
    void codeObjectsBothWays() throws IOException {
        assumeTrue(python311(), "needs python3 3.11 on the PATH to marshal both ways");
        List<Path> files = stdlibFiles();
        assumeTrue(!files.isEmpty(), "needs CPython 3.11's standard library (not found by StdlibLocator)");
        StringBuilder names = new StringBuilder();
        for (Path p : files) names.append(p.toAbsolutePath()).append('\n');
        python(List.of(script("dump_code.py", DUMP_CODE), tmp.toString()), names.toString());
        List<String> problems = new ArrayList<>();
        int sancaLoads = 0, skipped = 0;
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).toAbsolutePath().toString();
            byte[] cpython = Files.readAllBytes(tmp.resolve(i + ".marshal"));
            if (cpython.length == 0) {
                Files.write(tmp.resolve(i + ".sanca"), cpython);
                skipped++;
                continue;
            }
            PyCode own = Compiler.compile(Parser.parse(Files.readAllBytes(files.get(i)), name, Parser.Mode.FILE),
                    name, Compiler.Mode.EXEC, 0, 0);
            PyObject loaded = Marshal.loads(cpython);
            String d = loaded instanceof PyCode c ? diff(own, c, name) : name + " is not a code object";
            if (d == null) sancaLoads++;
            else problems.add("Sanca loading CPython's data: " + d);
            Files.write(tmp.resolve(i + ".sanca"), Marshal.dumps(own, Marshal.VERSION));
        }
        String report = python(List.of(script("load_code.py", LOAD_CODE), tmp.toString()), names.toString());
        int cpythonLoads = 0;
        for (String line : report.split("\n")) {
            if (line.equals("OK")) cpythonLoads++;
            else if (!line.equals("SKIPPED")) problems.add("CPython loading Sanca's data: " + line);
        }
        int total = files.size() - skipped;
        System.out.println("marshal code objects: " + sancaLoads + "/" + total + " stdlib files equal loaded in Sanca, "
                + cpythonLoads + "/" + total + " loaded in CPython (" + skipped + " files CPython cannot compile)");
        assertEquals(List.of(), problems);
        assertTrue(sancaLoads == total && cpythonLoads == total && total > 0);
    }

    /** The first difference between two code objects (recursively through code constants), or null. */
    static String diff(PyCode a, PyCode b, String path) {
        String[] fields = {"argcount", "posonlyargcount", "kwonlyargcount", "stacksize", "flags", "firstlineno",
            "code", "names", "localsplusnames", "localspluskinds", "filename", "name", "qualname", "linetable",
            "exceptiontable"};
        Object[][] values = {
            {a.getArgcount(), b.getArgcount()}, {a.getPosonlyargcount(), b.getPosonlyargcount()},
            {a.getKwonlyargcount(), b.getKwonlyargcount()}, {a.getStacksize(), b.getStacksize()},
            {a.getFlags(), b.getFlags()}, {a.getFirstlineno(), b.getFirstlineno()}, {a.getCode(), b.getCode()},
            {a.getNames(), b.getNames()}, {a.getLocalsplusnames(), b.getLocalsplusnames()},
            {a.getLocalspluskinds(), b.getLocalspluskinds()}, {a.getFilename(), b.getFilename()},
            {a.getName(), b.getName()}, {a.getQualname(), b.getQualname()}, {a.getLinetable(), b.getLinetable()},
            {a.getExceptiontable(), b.getExceptiontable()}};
        for (int i = 0; i < fields.length; i++) {
            if (!Arrays.deepEquals(new Object[] {values[i][0]}, new Object[] {values[i][1]})) {
                return path + ".co_" + fields[i];
            }
        }
        PyObject[] x = a.getConsts(), y = b.getConsts();
        if (x.length != y.length) return path + ".co_consts";
        for (int i = 0; i < x.length; i++) {
            if (x[i] instanceof PyCode cx && y[i] instanceof PyCode cy) {
                String d = diff(cx, cy, path + "." + cx.getName());
                if (d != null) return d;
            } else if (!sameConst(x[i], y[i])) {
                return path + ".co_consts[" + i + "]";
            }
        }
        return null;
    }

    /** Constants equal as CPython's constant keys are: same type, floats by their bits, containers item by item. */
    static boolean sameConst(PyObject a, PyObject b) {
        if (a.getClass() != b.getClass()) return false;
        if (a instanceof PyTuple ta) {
            PyTuple tb = (PyTuple) b;
            if (ta.size() != tb.size()) return false;
            for (int i = 0; i < ta.size(); i++) if (!sameConst(ta.get(i), tb.get(i))) return false;
            return true;
        }
        if (a instanceof PyFrozenSet sa) {
            PyObject[] xs = sa.toArray(), ys = ((PyFrozenSet) b).toArray();
            if (xs.length != ys.length) return false;
            for (PyObject x : xs) if (Arrays.stream(ys).noneMatch(y -> sameConst(x, y))) return false;
            return true;
        }
        return a == b || a.equals(b);
    }
}
