package org.sanca.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks that generated sources are what their generators make of their sources of truth. */
class GeneratedSourcesTest {
    @Test
    void astNodesMatchAsdl() throws Exception {
        Map<String, String> files = GenAst.generate(Files.readString(GenAst.ASDL));
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = GenAst.OUT.resolve(e.getKey());
            assertEquals(e.getValue(), Files.readString(p), p + " is stale: run java " + "src/test/java/org/sanca/tools/GenAst.java");
        }
    }
}
