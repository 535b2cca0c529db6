package org.sanca.parser;

import java.util.ArrayList;
import java.util.List;

import org.sanca.ast.*;
import org.sanca.objects.Py;
import org.sanca.objects.PyComplex;
import org.sanca.objects.PyObject;
import org.sanca.parser.ActionHelpers.KeyPatternPair;

/**
 * The pattern rules of the match statement (patterns, or_pattern, closed_pattern,
 * literal, capture, value, sequence, mapping and class patterns).
 * CPython: Grammar/python.gram (Match statement).
 */
final class PatternRules {
    private PatternRules() {}

    // patterns: open_sequence_pattern | pattern
    static PatternTy patterns(StatementRules p) {
        int start = p.mark;
        PegenToken s = p.peek();
        List<PatternTy> seq = openSequencePattern(p);
        if (seq != null) {
            return p.at(new MatchSequence(seq, 0, 0, 0, 0), s);
        }
        p.mark = start;
        return pattern(p);
    }

    // pattern: as_pattern | or_pattern
    static PatternTy pattern(StatementRules p) {
        PatternTy r = asPattern(p);
        return r != null ? r : orPattern(p);
    }

    // as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
    private static PatternTy asPattern(StatementRules p) {
        int start = p.mark;
        PegenToken s = p.peek();
        PatternTy pattern = orPattern(p);
        if (pattern != null && p.expect(PegenCore.K_AS) != null) {
            Name target = patternCaptureTarget(p);
            if (target != null) {
                return p.at(new MatchAs(pattern, target.id, 0, 0, 0, 0), s);
            }
        }
        p.mark = start;
        if (p.callInvalidRules) {
            p.invalidAsPattern();
            p.mark = start;
        }
        return null;
    }

    // or_pattern: '|'.closed_pattern+
    private static PatternTy orPattern(StatementRules p) {
        PegenToken s = p.peek();
        List<PatternTy> l = null;
        while (true) {
            int m = p.mark;
            if (l != null && p.expect(PegenCore.VBAR) == null) {
                break;
            }
            PatternTy c = closedPattern(p);
            if (c == null) {
                p.mark = m;
                break;
            }
            if (l == null) {
                l = new ArrayList<>(1);
            }
            l.add(c);
        }
        if (l == null) {
            return null;
        }
        return l.size() == 1 ? l.get(0) : p.at(new MatchOr(l, 0, 0, 0, 0), s);
    }

    // closed_pattern (memo): literal_pattern | capture_pattern | wildcard_pattern | value_pattern
    //     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
    private static PatternTy closedPattern(StatementRules p) {
        int start = p.mark;
        Object m = p.memo(ExpressionRules.M_CLOSED_PATTERN);
        if (m != PegenCore.NO_MEMO) {
            return (PatternTy) m;
        }
        PatternTy r = literalPattern(p);
        if (r == null) {
            r = capturePattern(p);
        }
        if (r == null) {
            r = wildcardPattern(p);
        }
        if (r == null) {
            r = valuePattern(p);
        }
        if (r == null) {
            r = groupPattern(p);
        }
        if (r == null) {
            r = sequencePattern(p);
        }
        if (r == null) {
            r = mappingPattern(p);
        }
        if (r == null) {
            r = classPattern(p);
        }
        p.insertMemo(start, ExpressionRules.M_CLOSED_PATTERN, r);
        return r;
    }

    // literal_pattern: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
    private static PatternTy literalPattern(StatementRules p) {
        PegenToken s = p.peek();
        int type = s.type;
        if (type == PegenCore.K_NONE || type == PegenCore.K_TRUE || type == PegenCore.K_FALSE) {
            p.mark++;
            PyObject v = type == PegenCore.K_NONE ? Py.None : type == PegenCore.K_TRUE ? Py.True : Py.False;
            return p.at(new MatchSingleton(v, 0, 0, 0, 0), s);
        }
        ExprTy value = literalValue(p);
        return value == null ? null : p.at(new MatchValue(value, 0, 0, 0, 0), s);
    }

    // literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
    private static ExprTy literalExpr(StatementRules p) {
        PegenToken s = p.peek();
        int type = s.type;
        if (type == PegenCore.K_NONE || type == PegenCore.K_TRUE || type == PegenCore.K_FALSE) {
            p.mark++;
            PyObject v = type == PegenCore.K_NONE ? Py.None : type == PegenCore.K_TRUE ? Py.True : Py.False;
            return p.at(new Constant(v, null, 0, 0, 0, 0), s);
        }
        return literalValue(p);
    }

    /** signed_number !('+' | '-') | complex_number | strings */
    private static ExprTy literalValue(StatementRules p) {
        int start = p.mark;
        ExprTy v = signedNumber(p, 0);
        if (v != null) {
            int t = p.peekType();
            if (t != PegenCore.PLUS && t != PegenCore.MINUS) {
                return v;
            }
        }
        p.mark = start;
        v = complexNumber(p);
        if (v != null) {
            return v;
        }
        p.mark = start;
        if (p.check(PegenCore.STRING)) {
            return p.strings();
        }
        return null;
    }

    // complex_number: signed_real_number '+' imaginary_number | signed_real_number '-' imaginary_number
    private static ExprTy complexNumber(StatementRules p) {
        int start = p.mark;
        PegenToken s = p.peek();
        ExprTy real = signedNumber(p, 1);
        if (real != null) {
            int t = p.peekType();
            if (t == PegenCore.PLUS || t == PegenCore.MINUS) {
                p.mark++;
                ExprTy imag = checkedNumber(p, 2);
                if (imag != null) {
                    return p.at(new BinOp(real, t == PegenCore.PLUS ? OperatorTy.Add : OperatorTy.Sub, imag, 0, 0, 0, 0), s);
                }
            }
        }
        p.mark = start;
        return null;
    }

    /**
     * signed_number: NUMBER | '-' NUMBER (kind 0); signed_real_number: real_number | '-' real_number (kind 1).
     */
    private static ExprTy signedNumber(StatementRules p, int kind) {
        int start = p.mark;
        PegenToken s = p.peek();
        if (p.expect(PegenCore.MINUS) != null) {
            ExprTy n = checkedNumber(p, kind);
            if (n != null) {
                return p.at(new UnaryOp(UnaryopTy.USub, n, 0, 0, 0, 0), s);
            }
            p.mark = start;
            return null;
        }
        return checkedNumber(p, kind);
    }

    /** NUMBER, with real_number's (kind 1) or imaginary_number's (kind 2) check. */
    private static ExprTy checkedNumber(StatementRules p, int kind) {
        ExprTy n = p.number();
        if (n == null || kind == 0) {
            return n;
        }
        boolean imaginary = ((Constant) n).value instanceof PyComplex;
        if (kind == 1 && imaginary) {
            throw p.errorAt(n, "real number required in complex literal");
        }
        if (kind == 2 && !imaginary) {
            throw p.errorAt(n, "imaginary number required in complex literal");
        }
        return n;
    }

    // capture_pattern: pattern_capture_target
    private static PatternTy capturePattern(StatementRules p) {
        PegenToken s = p.peek();
        Name target = patternCaptureTarget(p);
        return target == null ? null : p.at(new MatchAs(null, target.id, 0, 0, 0, 0), s);
    }

    // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    private static Name patternCaptureTarget(StatementRules p) {
        int start = p.mark;
        PegenToken t = p.peek();
        if (t.type != PegenCore.NAME || t.string.equals("_")) {
            return null;
        }
        p.mark++;
        int next = p.peekType();
        if (next == PegenCore.DOT || next == PegenCore.LPAR || next == PegenCore.EQUAL) {
            p.mark = start;
            return null;
        }
        return (Name) ActionHelpers.setContext(p.nameOf(t), ExprContextTy.Store);
    }

    // wildcard_pattern: "_"
    private static PatternTy wildcardPattern(StatementRules p) {
        PegenToken s = p.expectSoftKeyword("_");
        return s == null ? null : p.at(new MatchAs(null, null, 0, 0, 0, 0), s);
    }

    // value_pattern: attr !('.' | '(' | '=')
    private static PatternTy valuePattern(StatementRules p) {
        int start = p.mark;
        PegenToken s = p.peek();
        ExprTy attr = attr(p);
        if (attr != null) {
            int next = p.peekType();
            if (next != PegenCore.DOT && next != PegenCore.LPAR && next != PegenCore.EQUAL) {
                return p.at(new MatchValue(attr, 0, 0, 0, 0), s);
            }
        }
        p.mark = start;
        return null;
    }

    // attr: name_or_attr '.' NAME      (left-recursive; parsed as NAME ('.' NAME)+)
    private static ExprTy attr(StatementRules p) {
        ExprTy r = nameOrAttr(p);
        return r instanceof Attribute ? r : null;
    }

    // name_or_attr: attr | NAME
    private static ExprTy nameOrAttr(StatementRules p) {
        int start = p.mark;
        PegenToken s = p.peek();
        ExprTy value = p.name();
        if (value == null) {
            return null;
        }
        while (true) {
            int m = p.mark;
            if (p.expect(PegenCore.DOT) == null) {
                break;
            }
            Name n = p.name();
            if (n == null) {
                p.mark = m;
                break;
            }
            value = p.at(new Attribute(value, n.id, ExprContextTy.Load, 0, 0, 0, 0), s);
        }
        if (value == null) {
            p.mark = start;
        }
        return value;
    }

    // group_pattern: '(' pattern ')'
    private static PatternTy groupPattern(StatementRules p) {
        int start = p.mark;
        if (p.expect(PegenCore.LPAR) != null) {
            PatternTy pattern = pattern(p);
            if (pattern != null && p.expect(PegenCore.RPAR) != null) {
                return pattern;
            }
        }
        p.mark = start;
        return null;
    }

    // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
    private static PatternTy sequencePattern(StatementRules p) {
        int start = p.mark;
        PegenToken s = p.peek();
        boolean square = p.expect(PegenCore.LSQB) != null;
        if (square || p.expect(PegenCore.LPAR) != null) {
            List<PatternTy> l = square ? maybeSequencePattern(p) : openSequencePattern(p);
            if (p.expect(square ? PegenCore.RSQB : PegenCore.RPAR) != null) {
                return p.at(new MatchSequence(ActionHelpers.orEmpty(l), 0, 0, 0, 0), s);
            }
        }
        p.mark = start;
        return null;
    }

    // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    private static List<PatternTy> openSequencePattern(StatementRules p) {
        int start = p.mark;
        PatternTy first = maybeStarPattern(p);
        if (first != null && p.expect(PegenCore.COMMA) != null) {
            return ActionHelpers.insertInFront(first, maybeSequencePattern(p));
        }
        p.mark = start;
        return null;
    }

    // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
    private static List<PatternTy> maybeSequencePattern(StatementRules p) {
        List<PatternTy> l = null;
        while (true) {
            int m = p.mark;
            if (l != null && p.expect(PegenCore.COMMA) == null) {
                break;
            }
            PatternTy a = maybeStarPattern(p);
            if (a == null) {
                p.mark = m;
                break;
            }
            if (l == null) {
                l = new ArrayList<>();
            }
            l.add(a);
        }
        if (l != null) {
            p.expect(PegenCore.COMMA);
        }
        return l;
    }

    // maybe_star_pattern: star_pattern | pattern
    private static PatternTy maybeStarPattern(StatementRules p) {
        PatternTy r = starPattern(p);
        return r != null ? r : pattern(p);
    }

    // star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
    private static PatternTy starPattern(StatementRules p) {
        int start = p.mark;
        Object m = p.memo(ExpressionRules.M_STAR_PATTERN);
        if (m != PegenCore.NO_MEMO) {
            return (PatternTy) m;
        }
        PegenToken s = p.peek();
        PatternTy r = null;
        if (p.expect(PegenCore.STAR) != null) {
            Name target = patternCaptureTarget(p);
            if (target != null) {
                r = p.at(new MatchStar(target.id, 0, 0, 0, 0), s);
            } else if (p.expectSoftKeyword("_") != null) {
                r = p.at(new MatchStar(null, 0, 0, 0, 0), s);
            }
        }
        if (r == null) {
            p.mark = start;
        }
        p.insertMemo(start, ExpressionRules.M_STAR_PATTERN, r);
        return r;
    }

    // mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}'
    //     | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
    private static PatternTy mappingPattern(StatementRules p) {
        int start = p.mark;
        PegenToken s = p.peek();
        if (p.expect(PegenCore.LBRACE) == null) {
            return null;
        }
        List<KeyPatternPair> items = new ArrayList<>();
        String rest = null;
        while (true) {
            int m = p.mark;
            if (!items.isEmpty() && p.expect(PegenCore.COMMA) == null) {
                break;
            }
            Name r = doubleStarPattern(p);
            if (r != null) {
                rest = r.id;
                break;
            }
            KeyPatternPair kv = keyValuePattern(p);
            if (kv == null) {
                p.mark = m;
                break;
            }
            items.add(kv);
        }
        if (!items.isEmpty() || rest != null) {
            p.expect(PegenCore.COMMA);
        }
        if (p.expect(PegenCore.RBRACE) == null) {
            p.mark = start;
            return null;
        }
        List<ExprTy> keys = new ArrayList<>();
        List<PatternTy> patterns = new ArrayList<>();
        for (KeyPatternPair kv : items) {
            keys.add(kv.key());
            patterns.add(kv.pattern());
        }
        return p.at(new MatchMapping(keys, patterns, rest, 0, 0, 0, 0), s);
    }

    // key_value_pattern: (literal_expr | attr) ':' pattern
    private static KeyPatternPair keyValuePattern(StatementRules p) {
        int start = p.mark;
        ExprTy key = literalExpr(p);
        if (key == null) {
            key = attr(p);
        }
        if (key != null && p.expect(PegenCore.COLON) != null) {
            PatternTy pattern = pattern(p);
            if (pattern != null) {
                return new KeyPatternPair(key, pattern);
            }
        }
        p.mark = start;
        return null;
    }

    // double_star_pattern: '**' pattern_capture_target
    private static Name doubleStarPattern(StatementRules p) {
        int start = p.mark;
        if (p.expect(PegenCore.DOUBLESTAR) != null) {
            Name target = patternCaptureTarget(p);
            if (target != null) {
                return target;
            }
        }
        p.mark = start;
        return null;
    }

    // class_pattern: name_or_attr '(' ')' | name_or_attr '(' positional_patterns ','? ')'
    //     | name_or_attr '(' keyword_patterns ','? ')'
    //     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')' | invalid_class_pattern
    private static PatternTy classPattern(StatementRules p) {
        int start = p.mark;
        PegenToken s = p.peek();
        ExprTy cls = nameOrAttr(p);
        if (cls != null && p.expect(PegenCore.LPAR) != null) {
            List<PatternTy> positional = new ArrayList<>();
            List<String> kwdAttrs = new ArrayList<>();
            List<PatternTy> kwdPatterns = new ArrayList<>();
            while (true) {
                int m = p.mark;
                if ((!positional.isEmpty() || !kwdAttrs.isEmpty()) && p.expect(PegenCore.COMMA) == null) {
                    break;
                }
                if (!keywordPattern(p, kwdAttrs, kwdPatterns)) {
                    PatternTy a = kwdAttrs.isEmpty() ? pattern(p) : null;
                    if (a == null) {
                        p.mark = m;
                        break;
                    }
                    positional.add(a);
                }
            }
            if (!positional.isEmpty() || !kwdAttrs.isEmpty()) {
                p.expect(PegenCore.COMMA);
            }
            if (p.expect(PegenCore.RPAR) != null) {
                return p.at(new MatchClass(cls, positional, kwdAttrs, kwdPatterns, 0, 0, 0, 0), s);
            }
        }
        p.mark = start;
        if (p.callInvalidRules) {
            p.invalidClassPattern();
            p.mark = start;
        }
        return null;
    }

    // invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression
    static void invalidAsPattern(StatementRules p) {
        if (orPattern(p) == null || p.expect(PegenCore.K_AS) == null) {
            return;
        }
        PegenToken a = p.peek();
        if (a.type == PegenCore.NAME && a.string.equals("_")) {
            throw p.errorAt(a, "cannot use '_' as a target");
        }
        if (a.type != PegenCore.NAME) {
            ExprTy e = p.expression();
            if (e != null) {
                throw p.errorAt(e, "invalid pattern target");
            }
        }
    }

    // invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
    // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
    static void invalidClassPattern(StatementRules p) {
        if (nameOrAttr(p) == null || p.expect(PegenCore.LPAR) == null) {
            return;
        }
        int m = p.mark;
        if (positionalPatterns(p) == null || p.expect(PegenCore.COMMA) == null) {
            p.mark = m;
        }
        List<String> attrs = new ArrayList<>();
        List<PatternTy> kwds = new ArrayList<>();
        while (true) {
            int k = p.mark;
            if (!kwds.isEmpty() && p.expect(PegenCore.COMMA) == null) {
                break;
            }
            if (!keywordPattern(p, attrs, kwds)) {
                p.mark = k;
                break;
            }
        }
        if (kwds.isEmpty() || p.expect(PegenCore.COMMA) == null) {
            return;
        }
        List<PatternTy> a = positionalPatterns(p);
        if (a != null) {
            PatternTy first = a.get(0), last = a.get(a.size() - 1);
            throw p.errorRange(first.lineno(), first.col_offset(), last.end_lineno(), last.end_col_offset(),
                "positional patterns follow keyword patterns");
        }
    }

    // positional_patterns: ','.pattern+
    private static List<PatternTy> positionalPatterns(StatementRules p) {
        List<PatternTy> l = null;
        while (true) {
            int m = p.mark;
            if (l != null && p.expect(PegenCore.COMMA) == null) {
                break;
            }
            PatternTy a = pattern(p);
            if (a == null) {
                p.mark = m;
                break;
            }
            if (l == null) {
                l = new ArrayList<>();
            }
            l.add(a);
        }
        return l;
    }

    // keyword_pattern: NAME '=' pattern
    private static boolean keywordPattern(StatementRules p, List<String> attrs, List<PatternTy> patterns) {
        int start = p.mark;
        Name arg = p.name();
        if (arg != null && p.expect(PegenCore.EQUAL) != null) {
            PatternTy value = pattern(p);
            if (value != null) {
                attrs.add(arg.id);
                patterns.add(value);
                return true;
            }
        }
        p.mark = start;
        return false;
    }
}
