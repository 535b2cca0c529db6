/**
 * Built-in modules written in Java: builtins, sys, the _ast classes and the io layer behind
 * open() and the standard streams.
 * CPython: Python/bltinmodule.c, sysmodule.c, Python-ast.c, Modules/_io.
 */
package org.sanca.modules;
