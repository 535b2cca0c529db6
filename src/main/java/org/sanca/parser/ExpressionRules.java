package org.sanca.parser;

import static org.sanca.parser.ActionHelpers.insertInFront;
import static org.sanca.parser.ActionHelpers.orEmpty;
import static org.sanca.parser.ActionHelpers.singleton;

import java.util.ArrayList;
import java.util.List;

import org.sanca.ast.*;
import org.sanca.objects.Py;
import org.sanca.parser.ActionHelpers.CmpopExprPair;
import org.sanca.parser.ActionHelpers.KeyValuePair;

/**
 * The expression rules of the grammar, one method per rule of python.gram,
 * from star_expressions down to atoms, comprehensions and call arguments.
 * CPython: Grammar/python.gram (EXPRESSIONS .. FUNCTION CALL ARGUMENTS), Parser/parser.c.
 */
abstract class ExpressionRules extends PegenCore {
    // Memo keys of the memoized rules.
    static final int M_EXPRESSION = 1, M_STAR_EXPRESSION = 2, M_DISJUNCTION = 3, M_CONJUNCTION = 4,
        M_INVERSION = 5, M_BITWISE_OR = 6, M_BITWISE_XOR = 7, M_BITWISE_AND = 8, M_SHIFT_EXPR = 9, M_SUM = 10,
        M_TERM = 11, M_FACTOR = 12, M_AWAIT_PRIMARY = 13, M_PRIMARY = 14, M_STRINGS = 15, M_ARGUMENTS = 16,
        M_STAR_TARGET = 17, M_TARGET_WITH_STAR_ATOM = 18, M_T_PRIMARY = 19, M_DEL_TARGET = 20,
        M_DOTTED_NAME = 21, M_SIMPLE_STMT = 22, M_BLOCK = 23, M_CLOSED_PATTERN = 24, M_STAR_PATTERN = 25,
        M_INVALID_NAMED_EXPRESSION = 26;

    private final Raw<ExprTy> bitwiseOrBody = this::bitwiseOrRaw, bitwiseXorBody = this::bitwiseXorRaw,
        bitwiseAndBody = this::bitwiseAndRaw, shiftExprBody = this::shiftExprRaw, sumBody = this::sumRaw,
        termBody = this::termRaw, primaryBody = this::primaryRaw, tPrimaryBody = this::tPrimaryRaw;

    ExpressionRules(Tokenizer tokenizer) {
        super(tokenizer);
    }

    /** Sets the node's position from token s to the last token consumed (pegen's EXTRA). */
    final <T extends Located> T at(T node, PegenToken s) {
        PegenToken e = last();
        node.setLocation(s.lineno, s.colOffset, e.endLineno, e.endColOffset);
        return node;
    }

    // ---- hooks for the invalid_ rules, tried in the second pass only

    abstract Object invalidExpression();
    abstract Object invalidLegacyExpression();
    abstract Object invalidNamedExpression();
    abstract Object invalidArguments();
    abstract Object invalidKwarg();
    abstract Object invalidComprehension();
    abstract Object invalidDictComprehension();
    abstract Object invalidDoubleStarredKvpairs();
    abstract Object invalidGroup();
    abstract Object invalidForTarget();
    abstract Object invalidDefault();
    abstract Object invalidParameters(boolean lambda);
    abstract Object invalidStarEtc(boolean lambda);
    abstract Object invalidKwds(boolean lambda);

    // ---- expressions

    // expressions: expression (',' expression)+ [','] | expression ',' | expression
    final ExprTy expressions() {
        enter(1);
        return leave(1, expressionsRule());
    }

    private ExprTy expressionsRule() {
        PegenToken s = peek();
        ExprTy a = expression();
        if (a == null) {
            return null;
        }
        if (!check(COMMA)) {
            return a;
        }
        List<ExprTy> elts = singleton(a);
        while (true) {
            int m = mark;
            if (expect(COMMA) == null) {
                break;
            }
            enter(2); // (',' expression)+: a _loop1 rule and a _tmp rule
            ExprTy b = leave(2, expression());
            if (b == null) {
                mark = m;
                break;
            }
            elts.add(b);
        }
        expect(COMMA);
        return at(new Tuple(elts, ExprContextTy.Load, 0, 0, 0, 0), s);
    }

    // expression (memo): invalid_expression | invalid_legacy_expression
    //     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    final ExprTy expression() {
        enter(1);
        return leave(1, expressionRule());
    }

    private ExprTy expressionRule() {
        int start = mark;
        Object m = memo(M_EXPRESSION);
        if (m != NO_MEMO) {
            return (ExprTy) m;
        }
        ExprTy r = expressionRaw();
        insertMemo(start, M_EXPRESSION, r);
        return r;
    }

    private ExprTy expressionRaw() {
        int start = mark;
        if (callInvalidRules) {
            invalidExpression();
            mark = start;
            invalidLegacyExpression();
            mark = start;
        }
        return expressionAlternatives();
    }

    /**
     * The alternatives of expression after its invalid_ ones; with the invalid_ rules off this
     * is expression_without_invalid (a rule of its own: not memoized as expression).
     */
    final ExprTy expressionAlternatives() {
        int start = mark;
        PegenToken s = peek();
        ExprTy a = disjunction();
        if (a != null) {
            int afterA = mark;
            if (expect(K_IF) != null) {
                ExprTy b = disjunction();
                if (b != null && expect(K_ELSE) != null) {
                    ExprTy c = expression();
                    if (c != null) {
                        return at(new IfExp(b, a, c, 0, 0, 0, 0), s);
                    }
                }
            }
            mark = afterA;
            return a;
        }
        mark = start;
        return lambdef();
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    final ExprTy yieldExpr() {
        enter(1);
        return leave(1, yieldExprRule());
    }

    private ExprTy yieldExprRule() {
        PegenToken s = peek();
        if (expect(K_YIELD) == null) {
            return null;
        }
        int m = mark;
        if (expect(K_FROM) != null) {
            ExprTy a = expression();
            if (a != null) {
                return at(new YieldFrom(a, 0, 0, 0, 0), s);
            }
            mark = m;
        }
        ExprTy a = starExpressions();
        return at(new Yield(a, 0, 0, 0, 0), s);
    }

    // star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
    final ExprTy starExpressions() {
        enter(1);
        return leave(1, starExpressionsRule());
    }

    private ExprTy starExpressionsRule() {
        PegenToken s = peek();
        ExprTy a = starExpression();
        if (a == null) {
            return null;
        }
        if (!check(COMMA)) {
            return a;
        }
        List<ExprTy> elts = singleton(a);
        while (true) {
            int m = mark;
            if (expect(COMMA) == null) {
                break;
            }
            enter(2); // (',' star_expression)+: a _loop1 rule and a _tmp rule
            ExprTy b = leave(2, starExpression());
            if (b == null) {
                mark = m;
                break;
            }
            elts.add(b);
        }
        expect(COMMA);
        return at(new Tuple(elts, ExprContextTy.Load, 0, 0, 0, 0), s);
    }

    // star_expression (memo): '*' bitwise_or | expression
    final ExprTy starExpression() {
        enter(1);
        return leave(1, starExpressionRule());
    }

    private ExprTy starExpressionRule() {
        int start = mark;
        Object m = memo(M_STAR_EXPRESSION);
        if (m != NO_MEMO) {
            return (ExprTy) m;
        }
        ExprTy r = starred(false);
        if (r == null) {
            r = expression();
        }
        insertMemo(start, M_STAR_EXPRESSION, r);
        return r;
    }

    /** '*' bitwise_or (star_expression, star_named_expression) or '*' expression (starred_expression). */
    private ExprTy starred(boolean fullExpression) {
        int start = mark;
        PegenToken s = peek();
        if (expect(STAR) == null) {
            return null;
        }
        ExprTy a = fullExpression ? expression() : bitwiseOr();
        if (a == null) {
            mark = start;
            return null;
        }
        return at(new Starred(a, ExprContextTy.Load, 0, 0, 0, 0), s);
    }

    // star_named_expressions: ','.star_named_expression+ [',']
    final List<ExprTy> starNamedExpressions() {
        enter(2);
        return leave(2, starNamedExpressionsRule());
    }

    private List<ExprTy> starNamedExpressionsRule() {
        ExprTy a = starNamedExpression();
        if (a == null) {
            return null;
        }
        List<ExprTy> l = singleton(a);
        while (true) {
            int m = mark;
            if (expect(COMMA) == null) {
                break;
            }
            enter(1); // the _loop0 rule of the _gather
            ExprTy b = leave(1, starNamedExpression());
            if (b == null) {
                mark = m;
                break;
            }
            l.add(b);
        }
        expect(COMMA);
        return l;
    }

    // star_named_expression: '*' bitwise_or | named_expression
    final ExprTy starNamedExpression() {
        enter(1);
        return leave(1, starNamedExpressionRule());
    }

    private ExprTy starNamedExpressionRule() {
        ExprTy r = starred(false);
        return r != null ? r : namedExpression();
    }

    // assignment_expression: NAME ':=' ~ expression
    final ExprTy assignmentExpression() {
        enter(1);
        return leave(1, assignmentExpressionRule());
    }

    private ExprTy assignmentExpressionRule() {
        int start = mark;
        PegenToken s = peek();
        Name a = name();
        if (a == null || expect(COLONEQUAL) == null) {
            mark = start;
            return null;
        }
        ExprTy b = expression();
        if (b == null) {
            mark = start;
            return null;
        }
        return checkVersion(8, "Assignment expressions are",
            at(new NamedExpr(ActionHelpers.setContext(a, ExprContextTy.Store), b, 0, 0, 0, 0), s));
    }

    // named_expression: assignment_expression | invalid_named_expression | expression !':='
    final ExprTy namedExpression() {
        enter(1);
        return leave(1, namedExpressionRule());
    }

    private ExprTy namedExpressionRule() {
        int start = mark;
        ExprTy a = assignmentExpression();
        if (a != null) {
            return a;
        }
        if (callInvalidRules) {
            invalidNamedExpression();
            mark = start;
        }
        return expressionNotWalrus();
    }

    /** expression !':=' */
    final ExprTy expressionNotWalrus() {
        int start = mark;
        ExprTy a = expression();
        if (a != null && !check(COLONEQUAL)) {
            return a;
        }
        mark = start;
        return null;
    }

    // disjunction (memo): conjunction ('or' conjunction)+ | conjunction
    final ExprTy disjunction() {
        return boolOp(M_DISJUNCTION, K_OR);
    }

    // conjunction (memo): inversion ('and' inversion)+ | inversion
    final ExprTy conjunction() {
        return boolOp(M_CONJUNCTION, K_AND);
    }

    private ExprTy boolOp(int memoType, int keyword) {
        enter(1);
        return leave(1, boolOpRule(memoType, keyword));
    }

    private ExprTy boolOpRule(int memoType, int keyword) {
        int start = mark;
        Object m = memo(memoType);
        if (m != NO_MEMO) {
            return (ExprTy) m;
        }
        PegenToken s = peek();
        ExprTy a = keyword == K_OR ? conjunction() : inversion();
        ExprTy r = a;
        if (a != null && check(keyword)) {
            List<ExprTy> values = singleton(a);
            while (true) {
                int mk = mark;
                if (expect(keyword) == null) {
                    break;
                }
                enter(2); // ('or' conjunction)+: a _loop1 rule and a _tmp rule
                ExprTy b = leave(2, keyword == K_OR ? conjunction() : inversion());
                if (b == null) {
                    mark = mk;
                    break;
                }
                values.add(b);
            }
            if (values.size() > 1) {
                r = at(new BoolOp(keyword == K_OR ? BoolopTy.Or : BoolopTy.And, values, 0, 0, 0, 0), s);
            }
        }
        insertMemo(start, memoType, r);
        return r;
    }

    // inversion (memo): 'not' inversion | comparison
    final ExprTy inversion() {
        enter(1);
        return leave(1, inversionRule());
    }

    private ExprTy inversionRule() {
        int start = mark;
        Object m = memo(M_INVERSION);
        if (m != NO_MEMO) {
            return (ExprTy) m;
        }
        PegenToken s = peek();
        ExprTy r = null;
        if (expect(K_NOT) != null) {
            ExprTy a = inversion();
            if (a != null) {
                r = at(new UnaryOp(UnaryopTy.Not, a, 0, 0, 0, 0), s);
            } else {
                mark = start;
            }
        }
        if (r == null) {
            r = comparison();
        }
        insertMemo(start, M_INVERSION, r);
        return r;
    }

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    final ExprTy comparison() {
        enter(1);
        return leave(1, comparisonRule());
    }

    private ExprTy comparisonRule() {
        PegenToken s = peek();
        ExprTy a = bitwiseOr();
        if (a == null) {
            return null;
        }
        List<CmpopTy> ops = null;
        List<ExprTy> comparators = null;
        CmpopExprPair p;
        while ((p = compareOpPair()) != null) {
            if (ops == null) {
                ops = new ArrayList<>(2);
                comparators = new ArrayList<>(2);
            }
            ops.add(p.op());
            comparators.add(p.expr());
        }
        return ops == null ? a : at(new Compare(a, ops, comparators, 0, 0, 0, 0), s);
    }

    /**
     * _PyPegen_check_barry_as_flufl: '<>' is NOTEQUAL only under from __future__ import
     * barry_as_FLUFL (given as compile()'s flag), where '!=' is an error.
     */
    private boolean checkBarryAsFlufl(PegenToken t) {
        boolean diamond = t.string.equals("<>");
        if (barryAsBdfl && !diamond) {
            throw syntaxError("with Barry as BDFL, use '<>' instead of '!='");
        }
        return barryAsBdfl || !diamond;
    }

    // compare_op_bitwise_or_pair: eq_bitwise_or | noteq_bitwise_or | ... | is_bitwise_or
    private CmpopExprPair compareOpPair() {
        enter(3);
        return leave(3, compareOpPairRule());
    }

    private CmpopExprPair compareOpPairRule() {
        int start = mark;
        PegenToken t = peek();
        CmpopTy op;
        int type = t.type;
        if (type == EQEQUAL) {
            op = CmpopTy.Eq;
        } else if (type == NOTEQUAL) {
            if (!checkBarryAsFlufl(t)) {
                return null;
            }
            op = CmpopTy.NotEq;
        } else if (type == LESSEQUAL) {
            op = CmpopTy.LtE;
        } else if (type == LESS) {
            op = CmpopTy.Lt;
        } else if (type == GREATEREQUAL) {
            op = CmpopTy.GtE;
        } else if (type == GREATER) {
            op = CmpopTy.Gt;
        } else if (type == K_IN) {
            op = CmpopTy.In;
        } else if (type == K_NOT) {
            mark++;
            if (!check(K_IN)) {
                mark = start;
                return null;
            }
            op = CmpopTy.NotIn;
        } else if (type == K_IS) {
            op = CmpopTy.Is;
            mark++;
            if (check(K_NOT)) {
                op = CmpopTy.IsNot;
            } else {
                mark--;
            }
        } else {
            return null;
        }
        mark++;
        ExprTy a = bitwiseOr();
        if (a == null && op == CmpopTy.IsNot) {
            // 'is' 'not' failed: try plain 'is' ('is' (not x))
            mark = start + 1;
            op = CmpopTy.Is;
            a = bitwiseOr();
        }
        if (a == null) {
            mark = start;
            return null;
        }
        return new CmpopExprPair(op, a);
    }

    // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
    final ExprTy bitwiseOr() {
        return leftRecursive(M_BITWISE_OR, bitwiseOrBody);
    }

    private ExprTy bitwiseOrRaw() {
        return binaryRaw(M_BITWISE_OR);
    }

    // bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
    final ExprTy bitwiseXor() {
        return leftRecursive(M_BITWISE_XOR, bitwiseXorBody);
    }

    private ExprTy bitwiseXorRaw() {
        return binaryRaw(M_BITWISE_XOR);
    }

    // bitwise_and: bitwise_and '&' shift_expr | shift_expr
    final ExprTy bitwiseAnd() {
        return leftRecursive(M_BITWISE_AND, bitwiseAndBody);
    }

    private ExprTy bitwiseAndRaw() {
        return binaryRaw(M_BITWISE_AND);
    }

    // shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum
    final ExprTy shiftExpr() {
        return leftRecursive(M_SHIFT_EXPR, shiftExprBody);
    }

    private ExprTy shiftExprRaw() {
        return binaryRaw(M_SHIFT_EXPR);
    }

    // sum: sum '+' term | sum '-' term | term
    final ExprTy sum() {
        return leftRecursive(M_SUM, sumBody);
    }

    private ExprTy sumRaw() {
        return binaryRaw(M_SUM);
    }

    // term: term '*' factor | term '/' factor | term '//' factor | term '%' factor | term '@' factor | factor
    final ExprTy term() {
        return leftRecursive(M_TERM, termBody);
    }

    private ExprTy termRaw() {
        return binaryRaw(M_TERM);
    }

    /** The body of a left-recursive binary operator rule: a=rule OP b=next | next. */
    private ExprTy binaryRaw(int rule) {
        int start = mark;
        PegenToken s = peek();
        ExprTy a = operand(rule, true);
        if (a != null) {
            OperatorTy op = binaryOperator(rule, peekType());
            if (op != null) {
                mark++;
                ExprTy b = operand(rule, false);
                if (b != null) {
                    BinOp r = at(new BinOp(a, op, b, 0, 0, 0, 0), s);
                    return op == OperatorTy.MatMult ? checkVersion(5, "The '@' operator is", r) : r;
                }
            }
        }
        mark = start;
        return operand(rule, false);
    }

    /** The left operand (the rule itself) or the right one (the next tighter rule). */
    private ExprTy operand(int rule, boolean self) {
        return switch (rule) {
            case M_BITWISE_OR -> self ? bitwiseOr() : bitwiseXor();
            case M_BITWISE_XOR -> self ? bitwiseXor() : bitwiseAnd();
            case M_BITWISE_AND -> self ? bitwiseAnd() : shiftExpr();
            case M_SHIFT_EXPR -> self ? shiftExpr() : sum();
            case M_SUM -> self ? sum() : term();
            default -> self ? term() : factor();
        };
    }

    private static OperatorTy binaryOperator(int rule, int type) {
        switch (rule) {
            case M_BITWISE_OR:
                return type == VBAR ? OperatorTy.BitOr : null;
            case M_BITWISE_XOR:
                return type == CIRCUMFLEX ? OperatorTy.BitXor : null;
            case M_BITWISE_AND:
                return type == AMPER ? OperatorTy.BitAnd : null;
            case M_SHIFT_EXPR:
                return type == LEFTSHIFT ? OperatorTy.LShift : type == RIGHTSHIFT ? OperatorTy.RShift : null;
            case M_SUM:
                return type == PLUS ? OperatorTy.Add : type == MINUS ? OperatorTy.Sub : null;
            default:
                return type == STAR ? OperatorTy.Mult : type == SLASH ? OperatorTy.Div
                    : type == DOUBLESLASH ? OperatorTy.FloorDiv : type == PERCENT ? OperatorTy.Mod
                    : type == AT ? OperatorTy.MatMult : null;
        }
    }

    // factor (memo): '+' factor | '-' factor | '~' factor | power
    final ExprTy factor() {
        enter(1);
        return leave(1, factorRule());
    }

    private ExprTy factorRule() {
        int start = mark;
        Object m = memo(M_FACTOR);
        if (m != NO_MEMO) {
            return (ExprTy) m;
        }
        PegenToken s = peek();
        int type = s.type;
        UnaryopTy op = type == PLUS ? UnaryopTy.UAdd : type == MINUS ? UnaryopTy.USub
            : type == TILDE ? UnaryopTy.Invert : null;
        ExprTy r = null;
        if (op != null) {
            mark++;
            ExprTy a = factor();
            if (a != null) {
                r = at(new UnaryOp(op, a, 0, 0, 0, 0), s);
            } else {
                mark = start;
            }
        }
        if (r == null) {
            r = power();
        }
        insertMemo(start, M_FACTOR, r);
        return r;
    }

    // power: await_primary '**' factor | await_primary
    private ExprTy power() {
        enter(1);
        return leave(1, powerRule());
    }

    private ExprTy powerRule() {
        PegenToken s = peek();
        ExprTy a = awaitPrimary();
        if (a == null) {
            return null;
        }
        int m = mark;
        if (expect(DOUBLESTAR) != null) {
            ExprTy b = factor();
            if (b != null) {
                return at(new BinOp(a, OperatorTy.Pow, b, 0, 0, 0, 0), s);
            }
            mark = m;
        }
        return a;
    }

    // await_primary (memo): AWAIT primary | primary
    private ExprTy awaitPrimary() {
        enter(1);
        return leave(1, awaitPrimaryRule());
    }

    private ExprTy awaitPrimaryRule() {
        int start = mark;
        Object m = memo(M_AWAIT_PRIMARY);
        if (m != NO_MEMO) {
            return (ExprTy) m;
        }
        PegenToken s = peek();
        ExprTy r = null;
        if (expect(AWAIT) != null) {
            ExprTy a = primary();
            if (a != null) {
                r = checkVersion(5, "Await expressions are", at(new Await(a, 0, 0, 0, 0), s));
            } else {
                mark = start;
            }
        }
        if (r == null) {
            r = primary();
        }
        insertMemo(start, M_AWAIT_PRIMARY, r);
        return r;
    }

    // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
    final ExprTy primary() {
        return leftRecursive(M_PRIMARY, primaryBody);
    }

    private ExprTy primaryRaw() {
        int start = mark;
        PegenToken s = peek();
        ExprTy a = primary();
        if (a != null) {
            ExprTy r = trailer(a, s, false);
            if (r != null) {
                return r;
            }
        }
        mark = start;
        return atom();
    }

    /**
     * The trailers of primary and t_primary: '.' NAME, genexp, '(' [arguments] ')', '[' slices ']'.
     * For t_primary (target) each must be followed by t_lookahead.
     */
    private ExprTy trailer(ExprTy a, PegenToken s, boolean target) {
        int m = mark;
        int type = peekType();
        ExprTy r = null;
        if (type == DOT) {
            mark++;
            Name b = name();
            if (b != null) {
                r = at(new Attribute(a, b.id, ExprContextTy.Load, 0, 0, 0, 0), s);
            }
        } else {
            // genexp is tried before the call and the subscript; in the second pass its
            // invalid_comprehension alternative is tried whatever follows (and counts in depth)
            if (type == LPAR || callInvalidRules) {
                ExprTy g = genexp();
                if (g != null) {
                    r = at(new Call(a, singleton(g), new ArrayList<>(0), 0, 0, 0, 0), s);
                }
            }
            if (r == null && type == LPAR) {
                mark = m + 1;
                Call args = arguments();
                if (expect(RPAR) != null) {
                    r = at(new Call(a, args == null ? new ArrayList<>(0) : args.args,
                        args == null ? new ArrayList<>(0) : args.keywords, 0, 0, 0, 0), s);
                }
            } else if (r == null && type == LSQB) {
                mark = m + 1;
                ExprTy b = slices();
                if (b != null && expect(RSQB) != null) {
                    r = at(new Subscript(a, b, ExprContextTy.Load, 0, 0, 0, 0), s);
                }
            }
        }
        if (r != null && target && !tLookahead()) {
            r = null;
        }
        if (r == null) {
            mark = m;
        }
        return r;
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    final ExprTy slices() {
        enter(1);
        return leave(1, slicesRule());
    }

    private ExprTy slicesRule() {
        int start = mark;
        PegenToken s = peek();
        ExprTy a = slice();
        if (a != null && !check(COMMA)) {
            return a;
        }
        mark = start;
        List<ExprTy> elts = null;
        while (true) {
            int m = mark;
            if (elts != null && expect(COMMA) == null) {
                break;
            }
            ExprTy b = slice();
            if (b == null) {
                b = starred(true);
            }
            if (b == null) {
                mark = m;
                break;
            }
            if (elts == null) {
                elts = new ArrayList<>();
            }
            elts.add(b);
        }
        if (elts == null) {
            return null;
        }
        expect(COMMA);
        return at(new Tuple(elts, ExprContextTy.Load, 0, 0, 0, 0), s);
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    private ExprTy slice() {
        enter(1);
        return leave(1, sliceRule());
    }

    private ExprTy sliceRule() {
        int start = mark;
        PegenToken s = peek();
        ExprTy a = expression();
        if (expect(COLON) != null) {
            ExprTy b = expression();
            ExprTy c = null;
            if (expect(COLON) != null) {
                c = expression();
            }
            return at(new Slice(a, b, c, 0, 0, 0, 0), s);
        }
        mark = start;
        return namedExpression();
    }

    // atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER | &'(' (tuple | group | genexp)
    //     | &'[' (list | listcomp) | &'{' (dict | set | dictcomp | setcomp) | '...'
    final ExprTy atom() {
        enter(1);
        return leave(1, atomRule());
    }

    private ExprTy atomRule() {
        PegenToken t = peek();
        int type = t.type;
        if (type == NAME) {
            mark++;
            return nameOf(t);
        }
        if (type == K_TRUE || type == K_FALSE || type == K_NONE || type == ELLIPSIS) {
            mark++;
            return new Constant(type == K_TRUE ? Py.True : type == K_FALSE ? Py.False
                : type == K_NONE ? Py.None : Py.Ellipsis, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
        }
        if (type == STRING) {
            return strings();
        }
        if (type == NUMBER) {
            return number();
        }
        if (type == LPAR || type == LSQB || type == LBRACE) {
            enter(1); // the group (tuple | group | genexp) and the like are _tmp rules
            return leave(1, bracketAtom(type));
        }
        return null;
    }

    /** &'(' (tuple | group | genexp) | &'[' (list | listcomp) | &'{' (dict | set | dictcomp | setcomp) */
    private ExprTy bracketAtom(int type) {
        if (type == LPAR) {
            ExprTy r = tuple();
            if (r == null) {
                r = group();
            }
            return r != null ? r : genexp();
        }
        if (type == LSQB) {
            ExprTy r = list();
            return r != null ? r : listcomp();
        }
        ExprTy r = dict();
        if (r == null) {
            r = set();
        }
        if (r == null) {
            r = dictcomp();
        }
        return r != null ? r : setcomp();
    }

    // strings (memo): STRING+
    final ExprTy strings() {
        enter(2); // and STRING+ is a _loop1 rule
        return leave(2, stringsRule());
    }

    private ExprTy stringsRule() {
        int start = mark;
        Object m = memo(M_STRINGS);
        if (m != NO_MEMO) {
            return (ExprTy) m;
        }
        List<PegenToken> toks = new ArrayList<>(2);
        PegenToken t;
        while ((t = expect(STRING)) != null) {
            toks.add(t);
        }
        ExprTy r = toks.isEmpty() ? null : concatenateStrings(toks);
        insertMemo(start, M_STRINGS, r);
        return r;
    }

    /** _PyPegen_concatenate_strings: implemented with the f-string parser. */
    abstract ExprTy concatenateStrings(List<PegenToken> toks);

    // group: '(' (yield_expr | named_expression) ')' | invalid_group
    private ExprTy group() {
        enter(1);
        return leave(1, groupRule());
    }

    private ExprTy groupRule() {
        int start = mark;
        if (expect(LPAR) == null) {
            return null;
        }
        ExprTy a = yieldExpr();
        if (a == null) {
            a = namedExpression();
        }
        if (a != null && expect(RPAR) != null) {
            return a;
        }
        mark = start;
        if (callInvalidRules) {
            invalidGroup();
            mark = start;
        }
        return null;
    }

    // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    private ExprTy tuple() {
        enter(1);
        return leave(1, tupleRule());
    }

    private ExprTy tupleRule() {
        int start = mark;
        PegenToken s = peek();
        if (expect(LPAR) == null) {
            return null;
        }
        List<ExprTy> elts = new ArrayList<>(0);
        int m = mark;
        enter(1); // [star_named_expression ',' [star_named_expressions]]: a _tmp rule
        ExprTy y = leave(1, starNamedExpression());
        if (y != null && expect(COMMA) != null) {
            enter(1);
            elts = insertInFront(y, leave(1, starNamedExpressions()));
        } else {
            mark = m;
        }
        if (expect(RPAR) == null) {
            mark = start;
            return null;
        }
        return at(new Tuple(elts, ExprContextTy.Load, 0, 0, 0, 0), s);
    }

    // list: '[' [star_named_expressions] ']'
    private ExprTy list() {
        enter(1);
        return leave(1, listRule());
    }

    private ExprTy listRule() {
        int start = mark;
        PegenToken s = peek();
        if (expect(LSQB) == null) {
            return null;
        }
        List<ExprTy> a = starNamedExpressions();
        if (expect(RSQB) == null) {
            mark = start;
            return null;
        }
        return at(new org.sanca.ast.List(orEmpty(a), ExprContextTy.Load, 0, 0, 0, 0), s);
    }

    // set: '{' star_named_expressions '}'
    private ExprTy set() {
        enter(1);
        return leave(1, setRule());
    }

    private ExprTy setRule() {
        int start = mark;
        PegenToken s = peek();
        if (expect(LBRACE) == null) {
            return null;
        }
        List<ExprTy> a = starNamedExpressions();
        if (a == null || expect(RBRACE) == null) {
            mark = start;
            return null;
        }
        return at(new org.sanca.ast.Set(a, 0, 0, 0, 0), s);
    }

    // dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
    private ExprTy dict() {
        enter(1);
        return leave(1, dictRule());
    }

    private ExprTy dictRule() {
        int start = mark;
        PegenToken s = peek();
        if (expect(LBRACE) == null) {
            return null;
        }
        List<KeyValuePair> a = doubleStarredKvpairs();
        if (expect(RBRACE) != null) {
            List<ExprTy> keys = new ArrayList<>(), values = new ArrayList<>();
            if (a != null) {
                for (KeyValuePair p : a) {
                    keys.add(p.key());
                    values.add(p.value());
                }
            }
            return at(new Dict(keys, values, 0, 0, 0, 0), s);
        }
        // pegen guards only alternatives made of a lone invalid_ rule: this one runs in the first pass too
        mark = start + 1;
        invalidDoubleStarredKvpairs();
        mark = start;
        return null;
    }

    // double_starred_kvpairs: ','.double_starred_kvpair+ [',']
    final List<KeyValuePair> doubleStarredKvpairs() {
        enter(2);
        return leave(2, doubleStarredKvpairsRule());
    }

    private List<KeyValuePair> doubleStarredKvpairsRule() {
        List<KeyValuePair> l = null;
        while (true) {
            int m = mark;
            if (l != null && expect(COMMA) == null) {
                break;
            }
            KeyValuePair p = doubleStarredKvpair();
            if (p == null) {
                mark = m;
                break;
            }
            if (l == null) {
                l = new ArrayList<>();
            }
            l.add(p);
        }
        if (l != null) {
            expect(COMMA);
        }
        return l;
    }

    // double_starred_kvpair: '**' bitwise_or | kvpair
    final KeyValuePair doubleStarredKvpair() {
        enter(1);
        return leave(1, doubleStarredKvpairRule());
    }

    private KeyValuePair doubleStarredKvpairRule() {
        int start = mark;
        if (expect(DOUBLESTAR) != null) {
            ExprTy a = bitwiseOr();
            if (a != null) {
                return new KeyValuePair(null, a);
            }
            mark = start;
        }
        return kvpair();
    }

    // kvpair: expression ':' expression
    final KeyValuePair kvpair() {
        enter(1);
        return leave(1, kvpairRule());
    }

    private KeyValuePair kvpairRule() {
        int start = mark;
        ExprTy a = expression();
        if (a != null && expect(COLON) != null) {
            ExprTy b = expression();
            if (b != null) {
                return new KeyValuePair(a, b);
            }
        }
        mark = start;
        return null;
    }

    // for_if_clauses: for_if_clause+
    final List<Comprehension> forIfClauses() {
        enter(2);
        return leave(2, forIfClausesRule());
    }

    private List<Comprehension> forIfClausesRule() {
        List<Comprehension> l = null;
        Comprehension c;
        while ((c = forIfClause()) != null) {
            if (c == CUT_COMPREHENSION) {
                break;
            }
            if (l == null) {
                l = new ArrayList<>(1);
            }
            l.add(c);
        }
        return l;
    }

    private static final Comprehension CUT_COMPREHENSION = new Comprehension(null, null, null, 0);

    // for_if_clause: ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    //     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target
    private Comprehension forIfClause() {
        enter(1);
        return leave(1, forIfClauseRule());
    }

    private Comprehension forIfClauseRule() {
        int start = mark;
        int isAsync = expect(ASYNC) != null ? 1 : 0;
        if (expect(K_FOR) != null) {
            ExprTy a = starTargets();
            if (a != null && expect(K_IN) != null) {
                ExprTy b = disjunction();
                if (b == null) {
                    mark = start;
                    return CUT_COMPREHENSION;
                }
                List<ExprTy> ifs = new ArrayList<>(0);
                while (true) {
                    int m = mark;
                    if (expect(K_IF) == null) {
                        break;
                    }
                    ExprTy z = disjunction();
                    if (z == null) {
                        mark = m;
                        break;
                    }
                    ifs.add(z);
                }
                Comprehension r = new Comprehension(a, b, ifs, isAsync);
                return isAsync == 1 ? checkVersion(6, "Async comprehensions are", r) : r;
            }
        }
        mark = start;
        if (callInvalidRules) {
            invalidForTarget();
            mark = start;
        }
        return null;
    }

    // listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
    private ExprTy listcomp() {
        enter(1);
        return leave(1, listcompRule());
    }

    private ExprTy listcompRule() {
        return comprehension(LSQB, RSQB);
    }

    // setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
    private ExprTy setcomp() {
        enter(1);
        return leave(1, setcompRule());
    }

    private ExprTy setcompRule() {
        return comprehension(LBRACE, RBRACE);
    }

    // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
    final ExprTy genexp() {
        enter(1);
        return leave(1, genexpRule());
    }

    private ExprTy genexpRule() {
        return comprehension(LPAR, RPAR);
    }

    private ExprTy comprehension(int open, int close) {
        int start = mark;
        PegenToken s = peek();
        if (expect(open) != null) {
            ExprTy a;
            if (open == LPAR) {
                enter(1); // (assignment_expression | expression !':=') is a _tmp rule
                a = assignmentExpression();
                if (a == null) {
                    a = expressionNotWalrus();
                }
                level--;
            } else {
                a = namedExpression();
            }
            if (a != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null && expect(close) != null) {
                    return at(open == LPAR ? new GeneratorExp(a, b, 0, 0, 0, 0)
                        : open == LSQB ? new ListComp(a, b, 0, 0, 0, 0) : new SetComp(a, b, 0, 0, 0, 0), s);
                }
            }
        }
        mark = start;
        if (callInvalidRules) {
            invalidComprehension();
            mark = start;
        }
        return null;
    }

    // dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
    private ExprTy dictcomp() {
        enter(1);
        return leave(1, dictcompRule());
    }

    private ExprTy dictcompRule() {
        int start = mark;
        PegenToken s = peek();
        if (expect(LBRACE) != null) {
            KeyValuePair a = kvpair();
            if (a != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null && expect(RBRACE) != null) {
                    return at(new DictComp(a.key(), a.value(), b, 0, 0, 0, 0), s);
                }
            }
        }
        mark = start;
        if (callInvalidRules) {
            invalidDictComprehension();
            mark = start;
        }
        return null;
    }

    // ---- call arguments

    // arguments (memo): args [','] &')' | invalid_arguments
    final Call arguments() {
        enter(1);
        return leave(1, argumentsRule());
    }

    private Call argumentsRule() {
        int start = mark;
        Object m = memo(M_ARGUMENTS);
        if (m != NO_MEMO) {
            return (Call) m;
        }
        Call a = args();
        if (a != null) {
            expect(COMMA);
            if (!check(RPAR)) {
                a = null;
            }
        }
        if (a == null) {
            mark = start;
            if (callInvalidRules) {
                invalidArguments();
                mark = start;
            }
        }
        insertMemo(start, M_ARGUMENTS, a);
        return a;
    }

    // args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
    //     | kwargs
    final Call args() {
        enter(1);
        return leave(1, argsRule());
    }

    private Call argsRule() {
        int start = mark;
        PegenToken s = peek();
        List<ExprTy> a = positionalArguments();
        if (a != null) {
            int m = mark;
            List<Object> b = null;
            if (expect(COMMA) != null) {
                b = kwargs();
            }
            if (b == null) {
                mark = m;
                return at(new Call(dummyName(), a, new ArrayList<>(0), 0, 0, 0, 0), s);
            }
            a.addAll(ActionHelpers.extractStarred(b));
            return at(new Call(dummyName(), a, ActionHelpers.deleteStarred(b), 0, 0, 0, 0), s);
        }
        mark = start;
        List<Object> k = kwargs();
        if (k == null) {
            return null;
        }
        return at(new Call(dummyName(), ActionHelpers.extractStarred(k), ActionHelpers.deleteStarred(k), 0, 0, 0, 0), s);
    }

    /** ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ */
    final List<ExprTy> positionalArguments() {
        List<ExprTy> a = null;
        enter(1); // the _gather rule
        while (true) {
            int m = mark;
            if (a != null && expect(COMMA) == null) {
                break;
            }
            int loop = a == null ? 0 : 1; // later items: its _loop0 rule
            enter(loop);
            ExprTy e = leave(loop, positionalArgument());
            if (e == null) {
                mark = m;
                break;
            }
            if (a == null) {
                a = new ArrayList<>();
            }
            a.add(e);
        }
        return leave(1, a);
    }

    private static Name dummyName() {
        return new Name("", ExprContextTy.Load, 1, 0, 1, 0);
    }

    /** starred_expression | (assignment_expression | expression !':=') !'=' */
    private ExprTy positionalArgument() {
        enter(1); // the group is a _tmp rule
        return leave(1, positionalArgumentRule());
    }

    private ExprTy positionalArgumentRule() {
        int start = mark;
        ExprTy e = starredExpression();
        if (e != null) {
            return e;
        }
        enter(1); // so is (assignment_expression | expression !':=')
        e = assignmentExpression();
        if (e == null) {
            e = expressionNotWalrus();
        }
        level--;
        if (e != null && check(EQUAL)) {
            e = null;
        }
        if (e == null) {
            mark = start;
        }
        return e;
    }

    // kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
    //     | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
    final List<Object> kwargs() {
        enter(1);
        return leave(1, kwargsRule());
    }

    private List<Object> kwargsRule() {
        int start = mark;
        List<Object> a = kwargList(false);
        if (a != null) {
            int m = mark;
            if (expect(COMMA) != null) {
                List<Object> b = kwargList(true);
                if (b != null) {
                    a.addAll(b);
                    return a;
                }
            }
            mark = m;
            return a;
        }
        mark = start;
        return kwargList(true);
    }

    private List<Object> kwargList(boolean doubleStarred) {
        List<Object> l = null;
        enter(1); // the _gather rule
        while (true) {
            int m = mark;
            if (l != null && expect(COMMA) == null) {
                break;
            }
            int loop = l == null ? 1 : 2; // kwarg_or_starred, for later items in the _loop0 rule
            enter(loop);
            Object o = leave(loop, kwarg(doubleStarred));
            if (o == null) {
                mark = m;
                break;
            }
            if (l == null) {
                l = new ArrayList<>();
            }
            l.add(o);
        }
        return leave(1, l);
    }

    // kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
    // kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
    private Object kwarg(boolean doubleStarred) {
        int start = mark;
        if (callInvalidRules) {
            invalidKwarg();
            mark = start;
        }
        PegenToken s = peek();
        Name a = name();
        if (a != null && expect(EQUAL) != null) {
            ExprTy b = expression();
            if (b != null) {
                return at(new Keyword(a.id, b, 0, 0, 0, 0), s);
            }
        }
        mark = start;
        if (!doubleStarred) {
            return starredExpression();
        }
        if (expect(DOUBLESTAR) != null) {
            ExprTy b = expression();
            if (b != null) {
                return at(new Keyword(null, b, 0, 0, 0, 0), s);
            }
        }
        mark = start;
        return null;
    }

    // starred_expression: '*' expression
    final ExprTy starredExpression() {
        enter(1);
        return leave(1, starredExpressionRule());
    }

    private ExprTy starredExpressionRule() {
        return starred(true);
    }

    // ---- lambda

    // lambdef: 'lambda' [lambda_params] ':' expression
    private ExprTy lambdef() {
        enter(1);
        return leave(1, lambdefRule());
    }

    private ExprTy lambdefRule() {
        int start = mark;
        PegenToken s = peek();
        if (expect(K_LAMBDA) == null) {
            return null;
        }
        Arguments a = params(true);
        if (expect(COLON) != null) {
            ExprTy b = expression();
            if (b != null) {
                return at(new Lambda(a == null ? ActionHelpers.emptyArguments() : a, b, 0, 0, 0, 0), s);
            }
        }
        mark = start;
        return null;
    }

    /** Parameter rules shared by def (lambda false) and lambda (true). */
    final Arguments params(boolean lambda) {
        enter(1);
        return leave(1, paramsRule(lambda));
    }

    private Arguments paramsRule(boolean lambda) {
        int start = mark;
        if (callInvalidRules) {
            invalidParameters(lambda);
            mark = start;
        }
        return ParamRules.parameters(this, lambda);
    }

    // ---- targets (the rules are in TargetRules)

    final ExprTy starTargets() {
        return TargetRules.starTargets(this);
    }

    final ExprTy starTarget() {
        return TargetRules.starTarget(this);
    }

    final ExprTy singleTarget() {
        return TargetRules.singleTarget(this);
    }

    final ExprTy subscriptAttributeTarget(ExprContextTy ctx) {
        enter(1); // single_subscript_attribute_target
        return leave(1, TargetRules.subscriptAttributeTarget(this, ctx));
    }

    final List<ExprTy> delTargets() {
        return TargetRules.delTargets(this);
    }

    // t_primary: t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
    //     | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead | atom &t_lookahead
    final ExprTy tPrimary() {
        return leftRecursive(M_T_PRIMARY, tPrimaryBody);
    }

    private ExprTy tPrimaryRaw() {
        int start = mark;
        PegenToken s = peek();
        ExprTy a = tPrimary();
        if (a != null) {
            ExprTy r = trailer(a, s, true);
            if (r != null) {
                return r;
            }
        }
        mark = start;
        a = atom();
        if (a != null && tLookahead()) {
            return a;
        }
        mark = start;
        return null;
    }

    // t_lookahead: '(' | '[' | '.'
    final boolean tLookahead() {
        enter(1);
        return leave(1, tLookaheadRule());
    }

    private boolean tLookaheadRule() {
        int t = peekType();
        return t == LPAR || t == LSQB || t == DOT;
    }

}
