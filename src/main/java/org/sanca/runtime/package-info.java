/**
 * Interpreter start-up and the machinery around running code: the interpreter state
 * ({@link org.sanca.runtime.PySystemState}), running the main program
 * ({@link org.sanca.runtime.Interpreter}), the import system, the uncaught-exception report
 * and the interactive loop.
 * CPython: Python/pylifecycle.c, pythonrun.c, import.c, traceback.c, Modules/main.c.
 */
package org.sanca.runtime;
