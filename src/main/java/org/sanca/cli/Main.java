package org.sanca.cli;

/**
 * The sanca command line, as python3's: sanca [options] [-c cmd | -m mod | file | -] [args].
 * CPython: Modules/main.c.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.err.println("sanca: the interpreter is not built yet");
        System.exit(1);
    }
}
