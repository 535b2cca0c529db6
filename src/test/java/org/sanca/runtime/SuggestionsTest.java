package org.sanca.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The closest-name choice of suggestions.c; expectations from python3's "Did you mean" hints. */
class SuggestionsTest {
    @Test
    void closestNames() {
        List<String> builtins = List.of("abs", "all", "any", "print", "property", "range", "repr", "len");
        assertEquals("print", Suggestions.calculate(builtins, "pritn"));
        assertEquals("print", Suggestions.calculate(builtins, "Print"));
        assertEquals("range", Suggestions.calculate(builtins, "rang"));
        assertNull(Suggestions.calculate(builtins, "xyzzy"));
        assertEquals("counter", Suggestions.calculate(List.of("counter", "count_all"), "countr"));
        assertEquals("append", Suggestions.calculate(List.of("append", "clear", "extend"), "apend"));
    }
}
