package org.sanca.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeModel;
import java.lang.classfile.MethodModel;
import org.junit.jupiter.api.Test;

/**
 * Guards the JIT rule for the eval loop: HotSpot will not compile a method whose bytecode exceeds
 * 8,000 bytes, so the dispatch method must stay under 7,500.
 */
class EvalSizeTest {
    static final int LIMIT = 7_500;

    /** The size in bytes of the bytecode of {@code Eval.run}, read from the compiled class. */
    static int dispatchSize() throws Exception {
        byte[] bytes;
        try (InputStream in = Eval.class.getResourceAsStream("Eval.class")) {
            bytes = in.readAllBytes();
        }
        ClassModel cm = ClassFile.of().parse(bytes);
        int size = -1;
        for (MethodModel m : cm.methods()) {
            if (!m.methodName().equalsString("run")) continue;
            CodeModel code = m.code().orElseThrow();
            size = ((java.lang.classfile.attribute.CodeAttribute) code).codeLength();
        }
        return size;
    }

    @Test
    void dispatchMethodFitsTheJit() throws Exception {
        int size = dispatchSize();
        System.out.println("Eval.run bytecode size: " + size + " bytes");
        assertTrue(size > 0, "Eval.run not found");
        assertTrue(size <= LIMIT, "Eval.run is " + size + " bytes of bytecode; the limit is " + LIMIT);
    }
}
