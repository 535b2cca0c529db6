/**
 * The sanca command line, as python3's: option parsing, usage texts and the entry point.
 * CPython: Modules/main.c, Python/getopt.c, Python/initconfig.c.
 */
package org.sanca.cli;
