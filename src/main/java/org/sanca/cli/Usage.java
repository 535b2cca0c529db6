package org.sanca.cli;

/**
 * The texts the command line prints for -h, --help-env, --help-xoptions and usage errors.
 * CPython: Modules/main.c and Python/initconfig.c (usage_line, usage_help, usage_envvars).
 */
final class Usage {
    private Usage() {}

    /** The first line of every usage text, with the program name. */
    static String line(String program) {
        return "usage: " + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
    }

    /** What a command-line error prints after its own message (exit status 2). */
    static String tryHelp(String program) {
        return line(program) + "Try `python -h' for more information.\n";
    }

    static final String OPTIONS = """
        Options (and corresponding environment variables):
        -b     : issue warnings about str(bytes_instance), str(bytearray_instance)
                 and comparing bytes/bytearray with str. (-bb: issue errors)
        -B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
        -c cmd : program passed in as string (terminates option list)
        -d     : turn on parser debugging output (for experts only, only works on
                 debug builds); also PYTHONDEBUG=x
        -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
        -h     : print this help message and exit (also -? or --help)
        -i     : inspect interactively after running script; forces a prompt even
                 if stdin does not appear to be a terminal; also PYTHONINSPECT=x
        -I     : isolate Python from the user's environment (implies -E and -s)
        -m mod : run library module as a script (terminates option list)
        -O     : remove assert and __debug__-dependent statements; add .opt-1 before
                 .pyc extension; also PYTHONOPTIMIZE=x
        -OO    : do -O changes and also discard docstrings; add .opt-2 before
                 .pyc extension
        -P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
        -q     : don't print version and copyright messages on interactive startup
        -s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
        -S     : don't imply 'import site' on initialization
        -u     : force the stdout and stderr streams to be unbuffered;
                 this option has no effect on stdin; also PYTHONUNBUFFERED=x
        -v     : verbose (trace import statements); also PYTHONVERBOSE=x
                 can be supplied multiple times to increase verbosity
        -V     : print the Python version number and exit (also --version)
                 when given twice, print more information about the build
        -W arg : warning control; arg is action:message:category:module:lineno
                 also PYTHONWARNINGS=arg
        -x     : skip first line of source, allowing use of non-Unix forms of #!cmd
        -X opt : set implementation-specific option
        --check-hash-based-pycs always|default|never:
                 control how Python invalidates hash-based .pyc files
        --help-env      : print help about Python environment variables and exit
        --help-xoptions : print help about implementation-specific -X options and exit
        --help-all      : print complete help information and exit
        Arguments:
        file   : program read from script file
        -      : program read from stdin (default; interactive mode if a tty)
        arg ...: arguments passed to program in sys.argv[1:]
        """;

    /** The --help-env text (python3's, kept verbatim as a resource: it has trailing blanks). */
    static String env() {
        return resource("help-env.txt");
    }

    /** The --help-xoptions text. */
    static String xoptions() {
        return resource("help-xoptions.txt");
    }

    /** The --help-all text: usage, options, environment variables and -X options. */
    static String all(String program) {
        return line(program) + OPTIONS + "\n\n" + env() + "\n\n" + xoptions();
    }

    private static String resource(String name) {
        try (var in = Usage.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            return "(" + name + " is missing from the build)\n";
        }
    }
}
