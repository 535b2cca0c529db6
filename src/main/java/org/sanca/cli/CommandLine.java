package org.sanca.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanca.objects.PyHash;

/**
 * Parses python3's command line (options, then -c cmd | -m mod | file | -, then the script's
 * arguments) and the PYTHON* environment variables into {@link Options}.
 * CPython: Python/getopt.c and Python/initconfig.c (config_parse_cmdline, config_read_env_vars).
 */
public final class CommandLine {
    /** A command-line error: the message printed before the usage line; the exit status is 2. */
    public static final class UsageError extends Exception {
        public UsageError(String message) {
            super(message, null, false, false);
        }
    }

    /** What to run. */
    public enum Mode { COMMAND, MODULE, FILE, STDIN }

    /** What -h, --help-env, --help-xoptions or --help-all asked to print. */
    public enum Help { NONE, USAGE, ENV, XOPTIONS, ALL }

    /** The parsed command line: sys.flags values, sys.argv, sys.orig_argv, sys._xoptions. */
    public static final class Options {
        public Mode mode = Mode.STDIN;
        /** The -c command, the -m module name, or the script's file name (null for stdin). */
        public String target;
        public Help help = Help.NONE;
        public int version;
        public int debug, inspect, optimize, verbose, bytesWarning, quiet;
        public boolean dontWriteBytecode, noUserSite, noSite, ignoreEnvironment, isolated;
        public boolean safePath, unbuffered, skipFirstLine, devMode;
        public int utf8Mode = -1;
        public int warnDefaultEncoding;
        public int intMaxStrDigits = -1;
        /** -X jit=0 turns Sanca's compiler to JVM bytecode off (vm.Jit); -X jit or jit=1 leaves it on. */
        public boolean jit = true;
        /** -R: a random str/bytes hash key whatever PYTHONHASHSEED says. */
        public boolean randomizeHash;
        /** PYTHONHASHSEED as PyHash.Seed.parse reads it: -1 random, -2 invalid. */
        public long hashSeed = -1;
        public String checkHashPycs = "default";
        /** sys.argv as CPython sets it before running (sys.argv[0] is '-c', '-m', the file, '' or '-'). */
        public final List<String> argv = new ArrayList<>();
        public final List<String> origArgv = new ArrayList<>();
        public final Map<String, Object> xoptions = new LinkedHashMap<>();
        public final List<String> warnoptions = new ArrayList<>();
        /** The -W arguments in order (warnoptions is computed from them and the environment). */
        final List<String> commandLineWarnings = new ArrayList<>();
    }

    private static final String WITH_ARGUMENT = "cmWX";
    private static final String FLAGS = "bBdEhiIJOPqRsSuvVx?";

    private final String[] args;
    private final Map<String, String> env;
    private final Options o = new Options();
    private int index;

    private CommandLine(String executable, String[] args, Map<String, String> env) {
        this.args = args;
        this.env = env;
        o.origArgv.add(executable);
        o.origArgv.addAll(List.of(args));
    }

    /**
     * Parses {@code args} (the arguments after the program name) with the environment {@code env}.
     * {@code executable} becomes sys.orig_argv[0].
     */
    public static Options parse(String executable, String[] args, Map<String, String> env) throws UsageError {
        CommandLine cl = new CommandLine(executable, args, env);
        cl.parseOptions();
        cl.readEnvironment();
        cl.computeWarnOptions();
        return cl.o;
    }

    private void parseOptions() throws UsageError {
        while (index < args.length) {
            String arg = args[index];
            if (!arg.startsWith("-") || arg.equals("-")) {
                break;
            }
            index++;
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("--")) {
                longOption(arg.substring(2));
            } else if (shortOptions(arg)) {
                return;
            }
        }
        if (index < args.length) {
            String file = args[index++];
            if (file.equals("-")) {
                o.argv.add("-");
            } else {
                o.mode = Mode.FILE;
                o.target = file;
                o.argv.add(file);
            }
        } else {
            o.argv.add("");
        }
        restToArgv();
    }

    private void restToArgv() {
        while (index < args.length) {
            o.argv.add(args[index++]);
        }
    }

    /** Handles one "-abc" word; returns true when -c or -m ended the option list. */
    private boolean shortOptions(String word) throws UsageError {
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (WITH_ARGUMENT.indexOf(c) >= 0) {
                String value;
                if (i + 1 < word.length()) {
                    value = word.substring(i + 1);
                } else if (index < args.length) {
                    value = args[index++];
                } else {
                    throw new UsageError("Argument expected for the -" + c + " option");
                }
                return optionWithArgument(c, value);
            }
            if (FLAGS.indexOf(c) < 0) {
                throw new UsageError("Unknown option: -" + c);
            }
            flag(c);
        }
        return false;
    }

    private boolean optionWithArgument(char c, String value) {
        switch (c) {
            case 'c' -> {
                o.mode = Mode.COMMAND;
                o.target = value + "\n";
                o.argv.add("-c");
                restToArgv();
                return true;
            }
            case 'm' -> {
                o.mode = Mode.MODULE;
                o.target = value;
                o.argv.add("-m");
                restToArgv();
                return true;
            }
            case 'W' -> o.commandLineWarnings.add(value);
            default -> xoption(value);
        }
        return false;
    }

    private void xoption(String value) {
        int eq = value.indexOf('=');
        if (eq < 0) {
            o.xoptions.put(value, Boolean.TRUE);
        } else {
            o.xoptions.put(value.substring(0, eq), value.substring(eq + 1));
        }
        String key = eq < 0 ? value : value.substring(0, eq);
        if (key.equals("dev")) {
            o.devMode = true;
        } else if (key.equals("utf8")) {
            o.utf8Mode = eq < 0 || !value.substring(eq + 1).equals("0") ? 1 : 0;
        } else if (key.equals("warn_default_encoding")) {
            o.warnDefaultEncoding = 1;
        } else if (key.equals("jit")) {
            o.jit = eq < 0 || !value.substring(eq + 1).equals("0");
        } else if (key.equals("int_max_str_digits") && eq >= 0) {
            try {
                o.intMaxStrDigits = Integer.parseInt(value.substring(eq + 1));
            } catch (NumberFormatException e) {
                o.intMaxStrDigits = -1;
            }
        }
    }

    private void flag(char c) throws UsageError {
        switch (c) {
            case 'b' -> o.bytesWarning++;
            case 'B' -> o.dontWriteBytecode = true;
            case 'd' -> o.debug++;
            case 'E' -> o.ignoreEnvironment = true;
            case 'h', '?' -> o.help = Help.USAGE;
            case 'i' -> o.inspect++;
            case 'I' -> {
                o.isolated = true;
                o.ignoreEnvironment = true;
                o.noUserSite = true;
                o.safePath = true;
            }
            case 'J' -> throw new UsageError("-J is reserved for Jython");
            case 'O' -> o.optimize++;
            case 'P' -> o.safePath = true;
            case 'q' -> o.quiet++;
            case 'R' -> o.randomizeHash = true;
            case 's' -> o.noUserSite = true;
            case 'S' -> o.noSite = true;
            case 'u' -> o.unbuffered = true;
            case 'v' -> o.verbose++;
            case 'V' -> o.version++;
            default -> o.skipFirstLine = true;
        }
    }

    private void longOption(String name) throws UsageError {
        switch (name) {
            case "help" -> o.help = Help.USAGE;
            case "help-env" -> o.help = o.help == Help.NONE ? Help.ENV : o.help;
            case "help-xoptions" -> o.help = o.help == Help.NONE ? Help.XOPTIONS : o.help;
            case "help-all" -> o.help = Help.ALL;
            case "version" -> o.version++;
            case "check-hash-based-pycs" -> {
                if (index >= args.length) {
                    throw new UsageError("Argument expected for the --check-hash-based-pycs options");
                }
                String value = args[index++];
                if (!value.equals("default") && !value.equals("always") && !value.equals("never")) {
                    throw new UsageError(
                        "--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
                }
                o.checkHashPycs = value;
            }
            default -> throw new UsageError("unknown option --" + name);
        }
    }

    private String envVar(String name) {
        if (o.ignoreEnvironment) {
            return null;
        }
        String value = env.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** A PYTHON* variable that counts like a repeated flag: a number gives that level, else 1. */
    private int envLevel(String name) {
        String value = envVar(name);
        if (value == null) {
            return 0;
        }
        try {
            return Math.max(Integer.parseInt(value), 1);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void readEnvironment() {
        o.hashSeed = PyHash.Seed.parse(envVar("PYTHONHASHSEED"));
        o.debug = Math.max(o.debug, envLevel("PYTHONDEBUG"));
        o.inspect = Math.max(o.inspect, envLevel("PYTHONINSPECT"));
        o.optimize = Math.max(o.optimize, envLevel("PYTHONOPTIMIZE"));
        o.verbose = Math.max(o.verbose, envLevel("PYTHONVERBOSE"));
        o.dontWriteBytecode |= envVar("PYTHONDONTWRITEBYTECODE") != null;
        o.noUserSite |= envVar("PYTHONNOUSERSITE") != null;
        o.unbuffered |= envVar("PYTHONUNBUFFERED") != null;
        o.safePath |= envVar("PYTHONSAFEPATH") != null;
        o.devMode |= envVar("PYTHONDEVMODE") != null;
        String digits = envVar("PYTHONINTMAXSTRDIGITS");
        if (o.intMaxStrDigits < 0 && digits != null) {
            try {
                o.intMaxStrDigits = Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                o.intMaxStrDigits = -1;
            }
        }
        if (o.utf8Mode < 0) {
            String utf8 = envVar("PYTHONUTF8");
            o.utf8Mode = utf8 == null ? 0 : utf8.equals("1") ? 1 : 0;
        }
        if (envVar("PYTHONWARNDEFAULTENCODING") != null) {
            o.warnDefaultEncoding = 1;
        }
    }

    private void computeWarnOptions() {
        if (o.devMode) {
            o.warnoptions.add("default");
        }
        String envWarnings = envVar("PYTHONWARNINGS");
        if (envWarnings != null) {
            for (String w : envWarnings.split(",")) {
                if (!w.isEmpty()) {
                    o.warnoptions.add(w);
                }
            }
        }
        o.warnoptions.addAll(o.commandLineWarnings);
        if (o.bytesWarning == 1) {
            o.warnoptions.add("default::BytesWarning");
        } else if (o.bytesWarning > 1) {
            o.warnoptions.add("error::BytesWarning");
        }
    }
}
