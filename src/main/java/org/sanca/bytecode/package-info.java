/**
 * CPython 3.11's bytecode: the opcode table generated from Lib/opcode.py ({@link org.sanca.bytecode.Opcode},
 * by src/test/java/org/sanca/tools/GenOpcode.java) and the dis.dis() text of code objects
 * ({@link org.sanca.bytecode.Disassembler}), and the marshal format that .pyc files hold
 * ({@link org.sanca.bytecode.Marshal}). The code object itself, with its location and exception
 * table decoders, is {@link org.sanca.objects.PyCode}.
 * CPython: Lib/opcode.py, Include/opcode.h, Lib/dis.py, Python/marshal.c.
 */
package org.sanca.bytecode;
