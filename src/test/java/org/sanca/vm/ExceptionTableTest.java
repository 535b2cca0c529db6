package org.sanca.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The unwinder's view of a 3.11 exception table. Expected entries from python3's dis of the
 * same source (byte offsets there, code units here):
 * 4 to 6 -> 12 [0]; 12 to 20 -> 30 [1] lasti; 28 to 28 -> 30 [1] lasti.
 */
class ExceptionTableTest {
    @Test
    void findsHandlersAsDisShowsThem() {
        ExceptionTable t = ExecCode.of(VmTestSupport.compile("try:\n    x\nexcept ValueError:\n    pass\n")).exceptionTable;
        assertEquals(3, t.size());
        assertEquals(-1, t.find(1));
        int i = t.find(2);
        assertEquals(6, t.target(i));
        assertEquals(0, t.depth(i));
        assertFalse(t.pushesLasti(i));
        int j = t.find(10);
        assertEquals(15, t.target(j));
        assertEquals(1, t.depth(j));
        assertTrue(t.pushesLasti(j));
        assertEquals(-1, t.find(12));
        assertEquals(15, t.target(t.find(14)));
        assertEquals(-1, t.find(15));
    }
}
