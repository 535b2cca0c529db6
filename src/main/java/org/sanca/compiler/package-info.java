/**
 * The compiler: AST to CPython 3.11 code objects, byte for byte as CPython's compile() makes them.
 * CPython: Python/compile.c, symtable.c, ast_opt.c, future.c.
 *
 * <p>{@link org.sanca.compiler.Compiler#compile} runs the passes in CPython's order:
 * <ol>
 *   <li>{@code Future}: the __future__ imports (future.c);</li>
 *   <li>{@code AstOptimizer}: constant folding in place, with {@code ConstantFolder} doing Python
 *       arithmetic on constants and {@code PercentFormat} turning simple %-formats into f-strings (ast_opt.c);</li>
 *   <li>{@code SymbolTable}: one {@code Scope} per block and the free/cell analysis (symtable.c);</li>
 *   <li>{@code CodeGen} with {@code ExprGen}, {@code Statements}, {@code Comprehensions} and {@code PatternGen}:
 *       one {@code Unit} per code object, instructions ({@code Instr}) in basic blocks ({@code Block}),
 *       pseudo-instructions for jumps and exception-handler setup (compile.c's visitors);</li>
 *   <li>{@code Assembler} with {@code FlowGraph} and {@code Peephole}: optimize_cfg, line numbers, stack
 *       depth, exception handler labelling, jump offsets, the location and exception tables (compile.c's
 *       assembler).</li>
 * </ol>
 * Constants are de-duplicated by {@code objects.ConstantKey} (_PyCode_ConstantKey). Fidelity is checked by the
 * tests against python3's own output (see src/test/java/org/sanca/compiler/Fidelity.java).
 */
package org.sanca.compiler;
