package org.sanca.parser;

import java.util.List;

import org.sanca.ast.*;

/**
 * The invalid_ rules, tried only in the second pass after the first one failed:
 * each matches a common mistake and raises CPython's specialised message there.
 * CPython: Grammar/python.gram (INVALID RULES), Parser/pegen.h (RAISE_SYNTAX_ERROR_INVALID_TARGET).
 */
abstract class InvalidRules extends StatementRules {
    private enum Targets { STAR, DEL, FOR }

    InvalidRules(Tokenizer tokenizer) {
        super(tokenizer);
    }

    /** Runs a rule with the invalid_ rules switched off (pegen's _without_invalid rules). */
    private <T> T withoutInvalid(java.util.function.Supplier<T> rule) {
        boolean saved = callInvalidRules;
        callInvalidRules = false;
        try {
            return rule.get();
        } finally {
            callInvalidRules = saved;
        }
    }

    /**
     * The SOFT_KEYWORD token of _PyPegen_soft_keyword_token, which compares only the NAME's
     * length of each soft keyword: any prefix of "_", "case" or "match" counts.
     */
    private static boolean isSoftKeywordToken(String name) {
        return "_".startsWith(name) || "case".startsWith(name) || "match".startsWith(name);
    }

    private static boolean isLegacy(ExprTy a) {
        return a instanceof Name n && (n.id.equals("print") || n.id.equals("exec"));
    }

    private SyntaxErrorException range(Located a, Located b, String msg) {
        return errorRange(a.lineno(), a.col_offset(), b.end_lineno(), b.end_col_offset(), msg);
    }

    private SyntaxErrorException range(PegenToken a, PegenToken b, String msg) {
        return errorRange(a.lineno, a.colOffset, b.endLineno, b.endColOffset, msg);
    }

    /** RAISE_SYNTAX_ERROR_INVALID_TARGET: "cannot assign to X" / "cannot delete X" at the first invalid target. */
    private Object invalidTarget(Targets type, ExprTy e) {
        ExprTy bad = invalidTargetOf(e, type);
        if (bad != null) {
            throw errorAt(bad, (type == Targets.DEL ? "cannot delete " : "cannot assign to ") + ActionHelpers.exprName(bad));
        }
        return null;
    }

    /** _PyPegen_get_invalid_target. */
    private static ExprTy invalidTargetOf(ExprTy e, Targets type) {
        if (e == null) {
            return null;
        }
        switch (e) {
            case org.sanca.ast.List l -> {
                return firstInvalid(l.elts, type);
            }
            case Tuple t -> {
                return firstInvalid(t.elts, type);
            }
            case Starred s -> {
                return type == Targets.DEL ? e : invalidTargetOf(s.value, type);
            }
            case Compare c -> {
                if (type == Targets.FOR) {
                    return c.ops.get(0) == CmpopTy.In ? invalidTargetOf(c.left, type) : null;
                }
                return e;
            }
            case Name n -> {
                return null;
            }
            case Subscript s -> {
                return null;
            }
            case Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    private static ExprTy firstInvalid(List<ExprTy> elts, Targets type) {
        for (ExprTy x : elts) {
            ExprTy bad = invalidTargetOf(x, type);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    // ---- expressions

    // invalid_expression:
    //     | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
    //     | disjunction 'if' disjunction !('else'|':')
    @Override
    Object invalidExpression() {
        enter(1);
        return leave(1, invalidExpressionRule());
    }

    private Object invalidExpressionRule() {
        int start = mark;
        PegenToken t = peek();
        boolean excluded = false;
        if (t.type == NAME) {
            mark++;
            excluded = check(STRING) || isSoftKeywordToken(t.string);
            mark = start;
        }
        if (!excluded) {
            ExprTy a = disjunction();
            if (a != null) {
                enter(1); // expression_without_invalid
                ExprTy b = leave(1, withoutInvalid(this::expressionAlternatives));
                if (b != null && !isLegacy(a) && tokens[mark - 1].level != 0) {
                    throw range(a, b, "invalid syntax. Perhaps you forgot a comma?");
                }
            }
        }
        mark = start;
        ExprTy a = disjunction();
        if (a != null && expect(K_IF) != null) {
            ExprTy b = disjunction();
            if (b != null && !check(K_ELSE) && !check(COLON)) {
                throw range(a, b, "expected 'else' after 'if' expression");
            }
        }
        mark = start;
        return null;
    }

    // invalid_legacy_expression: NAME !'(' star_expressions
    @Override
    Object invalidLegacyExpression() {
        enter(1);
        return leave(1, invalidLegacyExpressionRule());
    }

    private Object invalidLegacyExpressionRule() {
        int start = mark;
        Name a = name();
        if (a != null && !check(LPAR)) {
            ExprTy b = starExpressions();
            if (b != null && isLegacy(a)) {
                throw range(a, b, "Missing parentheses in call to '" + a.id + "'. Did you mean " + a.id + "(...)?");
            }
        }
        mark = start;
        return null;
    }

    // invalid_named_expression (memo):
    //     | expression ':=' expression
    //     | NAME '=' bitwise_or !('='|':=')
    //     | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
    @Override
    Object invalidNamedExpression() {
        enter(1);
        return leave(1, invalidNamedExpressionRule());
    }

    private Object invalidNamedExpressionRule() {
        int start = mark;
        Object memo = memo(M_INVALID_NAMED_EXPRESSION);
        if (memo != PegenCore.NO_MEMO) {
            return null;
        }
        ExprTy a = expression();
        if (a != null && expect(COLONEQUAL) != null && expression() != null) {
            throw errorAt(a, "cannot use assignment expressions with " + ActionHelpers.exprName(a));
        }
        mark = start;
        Name n = name();
        if (n != null && expect(EQUAL) != null) {
            ExprTy b = bitwiseOr();
            if (b != null && !check(EQUAL) && !check(COLONEQUAL)) {
                throw range(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = start;
        int type = peekType();
        boolean excluded = type == K_TRUE || type == K_NONE || type == K_FALSE;
        if (!excluded && (type == LPAR || type == LSQB)) {
            ExprTy e = atom();
            excluded = e instanceof org.sanca.ast.List || e instanceof Tuple || e instanceof GeneratorExp;
            mark = start;
        }
        if (!excluded) {
            ExprTy b = bitwiseOr();
            if (b != null && expect(EQUAL) != null && bitwiseOr() != null && !check(EQUAL) && !check(COLONEQUAL)) {
                throw errorAt(b, "cannot assign to " + ActionHelpers.exprName(b) + " here. Maybe you meant '==' instead of '='?");
            }
        }
        mark = start;
        insertMemo(start, M_INVALID_NAMED_EXPRESSION, null);
        return null;
    }

    // invalid_arguments:
    //     | ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) ',' '*'
    //     | expression for_if_clauses ',' [args | expression for_if_clauses]
    //     | NAME '=' expression for_if_clauses
    //     | args for_if_clauses
    //     | args ',' expression for_if_clauses
    //     | args ',' args
    @Override
    Object invalidArguments() {
        enter(1);
        return leave(1, invalidArgumentsRule());
    }

    private Object invalidArgumentsRule() {
        int start = mark;
        boolean kwargs = positionalArguments() != null && expect(COMMA) != null && kwargs() != null;
        if (!kwargs) {
            mark = start;
            kwargs = kwargs() != null;
        }
        if (kwargs && expect(COMMA) != null && check(STAR)) {
            throw errorAt(peek(), "iterable argument unpacking follows keyword argument unpacking");
        }
        mark = start;
        ExprTy e = expression();
        if (e != null) {
            List<Comprehension> b = forIfClauses();
            if (b != null && expect(COMMA) != null) {
                // [args | expression for_if_clauses] is parsed (it may raise) before the action
                if (args() == null) {
                    int m = mark;
                    if (expression() == null || forIfClauses() == null) {
                        mark = m;
                    }
                }
                throw range(e, lastComprehensionItem(b), "Generator expression must be parenthesized");
            }
        }
        mark = start;
        PegenToken n = expect(NAME);
        if (n != null) {
            PegenToken eq = expect(EQUAL);
            if (eq != null && expression() != null && forIfClauses() != null) {
                throw range(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = start;
        Call a = args();
        if (a != null) {
            int afterArgs = mark;
            List<Comprehension> b = forIfClauses();
            if (b != null && a.args.size() > 1) {
                throw range(a.args.get(a.args.size() - 1), lastComprehensionItem(b), "Generator expression must be parenthesized");
            }
            mark = afterArgs;
            if (expect(COMMA) != null) {
                int m = mark;
                ExprTy x = expression();
                List<Comprehension> c = x == null ? null : forIfClauses();
                if (c != null) {
                    throw range(x, lastComprehensionItem(c), "Generator expression must be parenthesized");
                }
                mark = m;
                if (args() != null) {
                    boolean unpacking = a.keywords.stream().anyMatch(k -> k.arg == null);
                    throw syntaxError(unpacking ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument");
                }
            }
        }
        mark = start;
        return null;
    }

    private static ExprTy lastComprehensionItem(List<Comprehension> l) {
        Comprehension c = l.get(l.size() - 1);
        return c.ifs.isEmpty() ? c.iter : c.ifs.get(c.ifs.size() - 1);
    }

    // invalid_kwarg: ('True'|'False'|'None') '=' | NAME '=' expression for_if_clauses | !(NAME '=') expression '='
    @Override
    Object invalidKwarg() {
        enter(1);
        return leave(1, invalidKwargRule());
    }

    private Object invalidKwargRule() {
        int start = mark;
        PegenToken a = peek();
        if (a.type == K_TRUE || a.type == K_FALSE || a.type == K_NONE) {
            mark++;
            PegenToken b = expect(EQUAL);
            if (b != null) {
                throw range(a, b, "cannot assign to " + a.string);
            }
        }
        mark = start;
        PegenToken n = expect(NAME);
        if (n != null) {
            PegenToken eq = expect(EQUAL);
            if (eq != null && expression() != null && forIfClauses() != null) {
                throw range(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = start;
        boolean nameEq = expect(NAME) != null && check(EQUAL);
        mark = start;
        if (!nameEq) {
            ExprTy e = expression();
            PegenToken b = e == null ? null : expect(EQUAL);
            if (b != null) {
                throw errorRange(e.lineno, e.col_offset, b.endLineno, b.endColOffset,
                    "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
        }
        mark = start;
        return null;
    }

    // invalid_comprehension:
    //     | ('[' | '(' | '{') starred_expression for_if_clauses
    //     | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
    //     | ('[' | '{') star_named_expression ',' for_if_clauses
    @Override
    Object invalidComprehension() {
        enter(1);
        return leave(1, invalidComprehensionRule());
    }

    private Object invalidComprehensionRule() {
        int start = mark;
        enter(1); // ('[' | '(' | '{') is a _tmp rule
        level--;
        int open = peekType();
        if (open != LSQB && open != LPAR && open != LBRACE) {
            return null;
        }
        mark++;
        ExprTy a = starredExpression();
        if (a != null && forIfClauses() != null) {
            throw errorAt(a, "iterable unpacking cannot be used in comprehension");
        }
        if (open != LPAR) {
            mark = start + 1;
            a = starNamedExpression();
            PegenToken comma = a == null ? null : expect(COMMA);
            if (comma != null) {
                int m = mark;
                List<ExprTy> b = starNamedExpressions();
                if (b != null && forIfClauses() != null) {
                    throw range(a, b.get(b.size() - 1), "did you forget parentheses around the comprehension target?");
                }
                mark = m;
                if (forIfClauses() != null) {
                    throw errorRange(a.lineno(), a.col_offset(), comma.endLineno, comma.endColOffset,
                        "did you forget parentheses around the comprehension target?");
                }
            }
        }
        mark = start;
        return null;
    }

    // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
    @Override
    Object invalidDictComprehension() {
        enter(1);
        return leave(1, invalidDictComprehensionRule());
    }

    private Object invalidDictComprehensionRule() {
        int start = mark;
        if (expect(LBRACE) != null) {
            PegenToken a = expect(DOUBLESTAR);
            if (a != null && bitwiseOr() != null && forIfClauses() != null && check(RBRACE)) {
                throw errorAt(a, "dict unpacking cannot be used in dict comprehension");
            }
        }
        mark = start;
        return null;
    }

    // invalid_double_starred_kvpairs:
    //     | ','.double_starred_kvpair+ ',' invalid_kvpair
    //     | expression ':' '*' bitwise_or
    //     | expression ':' &('}'|',')
    @Override
    Object invalidDoubleStarredKvpairs() {
        enter(1);
        return leave(1, invalidDoubleStarredKvpairsRule());
    }

    private Object invalidDoubleStarredKvpairsRule() {
        int start = mark;
        if (doubleStarredKvpairs() != null && tokens[mark - 1].type == COMMA) {
            mark--;
            if (expect(COMMA) != null) {
                invalidKvpair();
            }
        }
        mark = start;
        kvpairValueErrors();
        mark = start;
        return null;
    }

    /** expression ':' '*' bitwise_or | expression ':' &('}'|',') */
    private void kvpairValueErrors() {
        int start = mark;
        ExprTy e = expression();
        PegenToken colon = e == null ? null : expect(COLON);
        if (colon != null) {
            PegenToken star = expect(STAR);
            if (star != null && bitwiseOr() != null) {
                throw errorFrom(star, "cannot use a starred expression in a dictionary value");
            }
            mark = start;
            expression();
            expect(COLON);
            if (check(RBRACE) || check(COMMA)) {
                throw errorAt(colon, "expression expected after dictionary key and ':'");
            }
        }
        mark = start;
    }

    // invalid_kvpair: expression !(':') | expression ':' '*' bitwise_or | expression ':' &('}'|',')
    private void invalidKvpair() {
        int start = mark;
        ExprTy a = expression();
        if (a != null && !check(COLON)) {
            throw errorAt("SyntaxError", "':' expected after dictionary key", a.lineno, a.end_col_offset - 1,
                a.end_lineno, -1);
        }
        mark = start;
        kvpairValueErrors();
    }

    // invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
    @Override
    Object invalidGroup() {
        enter(1);
        return leave(1, invalidGroupRule());
    }

    private Object invalidGroupRule() {
        int start = mark;
        if (expect(LPAR) != null) {
            ExprTy a = starredExpression();
            if (a != null && check(RPAR)) {
                throw errorAt(a, "cannot use starred expression here");
            }
            PegenToken b = expect(DOUBLESTAR);
            if (b != null && expression() != null && check(RPAR)) {
                throw errorAt(b, "cannot use double starred expression here");
            }
        }
        mark = start;
        return null;
    }

    // invalid_for_target: ASYNC? 'for' star_expressions
    @Override
    Object invalidForTarget() {
        enter(1);
        return leave(1, invalidForTargetRule());
    }

    private Object invalidForTargetRule() {
        int start = mark;
        expect(ASYNC);
        if (expect(K_FOR) != null) {
            ExprTy a = starExpressions();
            if (a != null) {
                invalidTarget(Targets.FOR, a);
            }
        }
        mark = start;
        return null;
    }

    // invalid_default: '=' &(')'|',')
    @Override
    Object invalidDefault() {
        enter(1);
        return leave(1, invalidDefaultRule());
    }

    private Object invalidDefaultRule() {
        PegenToken a = expect(EQUAL);
        if (a != null && (check(RPAR) || check(COMMA))) {
            throw errorAt(a, "expected default value expression");
        }
        return null;
    }

    // invalid_parameters: param_no_default* invalid_parameters_helper param_no_default | ...
    // invalid_lambda_parameters: the same with lambda parameters
    @Override
    Object invalidParameters(boolean lambda) {
        enter(1);
        return leave(1, invalidParametersRule(lambda));
    }

    private Object invalidParametersRule(boolean lambda) {
        int start = mark;
        ParamRules.paramNoDefaultStar(this, lambda);
        enter(1); // invalid_parameters_helper: slash_with_default | param_with_default+
        boolean helper = ParamRules.slashWithDefault(this, lambda) != null
            || !ParamRules.paramWithDefaultStar(this, lambda).isEmpty();
        level--;
        if (helper) {
            Arg a = ParamRules.paramNoDefault(this, lambda);
            if (a != null) {
                throw errorAt(a, "non-default argument follows default argument");
            }
        }
        mark = start;
        ParamRules.paramNoDefaultStar(this, lambda);
        PegenToken open = expect(LPAR);
        if (open != null) {
            boolean some = false;
            if (lambda) {
                while (ParamRules.param(this, true) != null) {
                    some = true;
                    if (expect(COMMA) == null) {
                        break;
                    }
                }
            } else {
                some = !ParamRules.paramNoDefaultStar(this, false).isEmpty();
            }
            expect(COMMA);
            PegenToken close = some ? expect(RPAR) : null;
            if (close != null) {
                throw range(open, close, lambda ? "Lambda expression parameters cannot be parenthesized"
                    : "Function parameters cannot be parenthesized");
            }
        }
        mark = start;
        PegenToken slash = expect(SLASH);
        if (slash != null && check(COMMA)) {
            throw errorAt(slash, "at least one argument must precede /");
        }
        mark = start;
        if (ParamRules.slashNoDefault(this, lambda) != null || ParamRules.slashWithDefault(this, lambda) != null) {
            ParamRules.paramMaybeDefaultStar(this, lambda);
            PegenToken a = expect(SLASH);
            if (a != null) {
                throw errorAt(a, "/ may appear only once");
            }
        }
        mark = start;
        if (ParamRules.slashNoDefault(this, lambda) == null) {
            ParamRules.slashWithDefault(this, lambda);
        }
        ParamRules.paramMaybeDefaultStar(this, lambda);
        if (expect(STAR) != null && (expect(COMMA) != null || ParamRules.paramNoDefault(this, lambda) != null)) {
            ParamRules.paramMaybeDefaultStar(this, lambda);
            PegenToken a = expect(SLASH);
            if (a != null) {
                throw errorAt(a, "/ must be ahead of *");
            }
        }
        mark = start;
        if (!ParamRules.paramMaybeDefaultStar(this, lambda).isEmpty() && expect(SLASH) != null) {
            PegenToken a = expect(STAR);
            if (a != null) {
                throw errorAt(a, "expected comma between / and *");
            }
        }
        mark = start;
        return null;
    }

    // invalid_star_etc: '*' (')' | ',' (')' | '**')) | '*' ',' TYPE_COMMENT | '*' param '='
    //     | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
    @Override
    Object invalidStarEtc(boolean lambda) {
        enter(1);
        return leave(1, invalidStarEtcRule(lambda));
    }

    private Object invalidStarEtcRule(boolean lambda) {
        int start = mark;
        PegenToken star = expect(STAR);
        if (star == null) {
            return null;
        }
        int close = lambda ? COLON : RPAR;
        if (check(close)) {
            throw lambda ? syntaxError("named arguments must follow bare *") : errorAt(star, "named arguments must follow bare *");
        }
        if (expect(COMMA) != null && (check(close) || check(DOUBLESTAR))) {
            throw lambda ? syntaxError("named arguments must follow bare *") : errorAt(star, "named arguments must follow bare *");
        }
        mark = start + 1;
        if (!lambda && expect(COMMA) != null && expect(TYPE_COMMENT) != null) {
            throw syntaxError("bare * has associated type comment");
        }
        mark = start + 1;
        if (ParamRules.param(this, lambda) != null) {
            PegenToken eq = expect(EQUAL);
            if (eq != null) {
                throw errorAt(eq, "var-positional argument cannot have default value");
            }
        }
        mark = start + 1;
        if (ParamRules.paramNoDefault(this, lambda) != null || expect(COMMA) != null) {
            ParamRules.paramMaybeDefaultStar(this, lambda);
            PegenToken a = expect(STAR);
            if (a != null && (ParamRules.paramNoDefault(this, lambda) != null || expect(COMMA) != null)) {
                throw errorAt(a, "* argument may appear only once");
            }
        }
        mark = start;
        return null;
    }

    // invalid_kwds: '**' param '=' | '**' param ',' param | '**' param ',' ('*'|'**'|'/')
    @Override
    Object invalidKwds(boolean lambda) {
        enter(1);
        return leave(1, invalidKwdsRule(lambda));
    }

    private Object invalidKwdsRule(boolean lambda) {
        int start = mark;
        if (expect(DOUBLESTAR) != null && ParamRules.param(this, lambda) != null) {
            PegenToken eq = expect(EQUAL);
            if (eq != null) {
                throw errorAt(eq, "var-keyword argument cannot have default value");
            }
            if (expect(COMMA) != null) {
                int m = mark;
                Arg a = ParamRules.param(this, lambda);
                if (a != null) {
                    throw errorAt(a, "arguments cannot follow var-keyword argument");
                }
                mark = m;
                PegenToken t = peek();
                if (t.type == STAR || t.type == DOUBLESTAR || t.type == SLASH) {
                    throw errorAt(t, "arguments cannot follow var-keyword argument");
                }
            }
        }
        mark = start;
        return null;
    }

    // ---- statements

    // invalid_assignment:
    //     | invalid_ann_assign_target ':' expression
    //     | star_named_expression ',' star_named_expressions* ':' expression
    //     | expression ':' expression
    //     | (star_targets '=')* star_expressions '='
    //     | (star_targets '=')* yield_expr '='
    //     | star_expressions augassign (yield_expr | star_expressions)
    @Override
    Object invalidAssignment() {
        enter(1);
        return leave(1, invalidAssignmentRule());
    }

    private Object invalidAssignmentRule() {
        int start = mark;
        ExprTy a = invalidAnnAssignTarget();
        if (a != null && expect(COLON) != null && expression() != null) {
            throw errorAt(a, "only single target (not " + ActionHelpers.exprName(a) + ") can be annotated");
        }
        mark = start;
        a = starNamedExpression();
        if (a != null && expect(COMMA) != null) {
            while (starNamedExpressions() != null) {
                // star_named_expressions*
            }
            if (expect(COLON) != null && expression() != null) {
                throw errorAt(a, "only single target (not tuple) can be annotated");
            }
        }
        mark = start;
        a = expression();
        if (a != null && expect(COLON) != null && expression() != null) {
            throw errorAt(a, "illegal target for annotation");
        }
        mark = start;
        skipStarTargetsAssignments();
        int m = mark;
        a = starExpressions();
        if (a != null && check(EQUAL)) {
            invalidTarget(Targets.STAR, a);
        }
        mark = m;
        a = yieldExpr();
        if (a != null && check(EQUAL)) {
            throw errorAt(a, "assignment to yield expression not possible");
        }
        mark = start;
        a = starExpressions();
        if (a != null && augassign() != null && annotatedRhs() != null) {
            throw errorAt(a, "'" + ActionHelpers.exprName(a) + "' is an illegal expression for augmented assignment");
        }
        mark = start;
        return null;
    }

    /** (star_targets '=')* */
    private void skipStarTargetsAssignments() {
        while (true) {
            int m = mark;
            if (starTargets() == null || expect(EQUAL) == null) {
                mark = m;
                return;
            }
        }
    }

    // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    private ExprTy invalidAnnAssignTarget() {
        int start = mark;
        int type = peekType();
        if (type == LSQB || type == LPAR) {
            ExprTy a = atom();
            if (a instanceof org.sanca.ast.List || a instanceof Tuple) {
                return a;
            }
            mark = start;
        }
        if (expect(LPAR) != null) {
            ExprTy a = invalidAnnAssignTarget();
            if (a != null && expect(RPAR) != null) {
                return a;
            }
        }
        mark = start;
        return null;
    }

    // invalid_del_stmt: 'del' star_expressions
    @Override
    Object invalidDelStmt() {
        enter(1);
        return leave(1, invalidDelStmtRule());
    }

    private Object invalidDelStmtRule() {
        if (expect(K_DEL) != null) {
            ExprTy a = starExpressions();
            if (a != null) {
                invalidTarget(Targets.DEL, a);
            }
        }
        return null;
    }

    // invalid_block: NEWLINE !INDENT
    @Override
    Object invalidBlock() {
        enter(1);
        return leave(1, invalidBlockRule());
    }

    private Object invalidBlockRule() {
        if (expect(NEWLINE) != null && !check(INDENT)) {
            throw indentationError("expected an indented block");
        }
        return null;
    }

    // invalid_import_from_targets: import_from_as_names ',' NEWLINE
    @Override
    Object invalidImportFromTargets() {
        enter(1);
        return leave(1, invalidImportFromTargetsRule());
    }

    private Object invalidImportFromTargetsRule() {
        int n = 0;
        while (true) {
            if (name() == null) {
                break;
            }
            n++;
            int m = mark;
            if (expect(K_AS) != null && name() == null) {
                mark = m;
            }
            if (expect(COMMA) == null) {
                return null;
            }
            if (check(NEWLINE)) {
                throw syntaxError("trailing comma not allowed without surrounding parentheses");
            }
        }
        return null;
    }

    /** ':' NEWLINE !INDENT after a compound statement's header: "expected an indented block after ...". */
    private void indentedBlockExpected(PegenToken kw, String what) {
        if (expect(COLON) != null && expect(NEWLINE) != null && !check(INDENT)) {
            throw indentationError("expected an indented block after " + what + " on line " + kw.lineno);
        }
    }

    /** keyword named_expression NEWLINE → "expected ':'"; keyword named_expression ':' NEWLINE !INDENT → indentation. */
    private Object headerErrors(int keyword, String what) {
        int start = mark;
        PegenToken kw = expect(keyword);
        if (kw != null && namedExpression() != null) {
            if (check(NEWLINE)) {
                throw syntaxError("expected ':'");
            }
            indentedBlockExpected(kw, what);
        }
        mark = start;
        return null;
    }

    @Override
    Object invalidIfStmt() {
        enter(1);
        return leave(1, invalidIfStmtRule());
    }

    private Object invalidIfStmtRule() {
        return headerErrors(K_IF, "'if' statement");
    }

    @Override
    Object invalidElifStmt() {
        enter(1);
        return leave(1, invalidElifStmtRule());
    }

    private Object invalidElifStmtRule() {
        return headerErrors(K_ELIF, "'elif' statement");
    }

    @Override
    Object invalidWhileStmt() {
        enter(1);
        return leave(1, invalidWhileStmtRule());
    }

    private Object invalidWhileStmtRule() {
        return headerErrors(K_WHILE, "'while' statement");
    }

    // invalid_else_stmt: 'else' ':' NEWLINE !INDENT
    @Override
    Object invalidElseStmt() {
        enter(1);
        return leave(1, invalidElseStmtRule());
    }

    private Object invalidElseStmtRule() {
        PegenToken kw = expect(K_ELSE);
        if (kw != null) {
            indentedBlockExpected(kw, "'else' statement");
        }
        return null;
    }

    // invalid_for_stmt: [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
    //     | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
    @Override
    Object invalidForStmt() {
        enter(1);
        return leave(1, invalidForStmtRule());
    }

    private Object invalidForStmtRule() {
        expect(ASYNC);
        PegenToken kw = expect(K_FOR);
        if (kw != null && starTargets() != null && expect(K_IN) != null && starExpressions() != null) {
            if (check(NEWLINE)) {
                throw syntaxError("expected ':'");
            }
            indentedBlockExpected(kw, "'for' statement");
        }
        return null;
    }

    // invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
    @Override
    Object invalidDefRaw() {
        enter(1);
        return leave(1, invalidDefRawRule());
    }

    private Object invalidDefRawRule() {
        expect(ASYNC);
        PegenToken kw = expect(K_DEF);
        if (kw != null && name() != null && expect(LPAR) != null) {
            params(false);
            if (expect(RPAR) != null) {
                int m = mark;
                if (expect(RARROW) == null || expression() == null) {
                    mark = m;
                }
                indentedBlockExpected(kw, "function definition");
            }
        }
        return null;
    }

    // invalid_class_def_raw: 'class' NAME ['(' [arguments] ')'] NEWLINE
    //     | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
    @Override
    Object invalidClassDefRaw() {
        enter(1);
        return leave(1, invalidClassDefRawRule());
    }

    private Object invalidClassDefRawRule() {
        PegenToken kw = expect(K_CLASS);
        if (kw != null && name() != null) {
            int m = mark;
            if (expect(LPAR) != null) {
                arguments();
                if (expect(RPAR) == null) {
                    mark = m;
                }
            }
            if (check(NEWLINE)) {
                throw syntaxError("expected ':'");
            }
            indentedBlockExpected(kw, "class definition");
        }
        return null;
    }

    /** ','.(expression ['as' star_target])+ (or expressions, in parentheses) */
    private boolean withItemsLoose(boolean parenthesized) {
        boolean any = false;
        while (true) {
            int m = mark;
            if (any && expect(COMMA) == null) {
                break;
            }
            ExprTy e = parenthesized ? expressions() : expression();
            if (e == null) {
                mark = m;
                break;
            }
            int m2 = mark;
            if (expect(K_AS) == null || starTarget() == null) {
                mark = m2;
            }
            any = true;
        }
        return any;
    }

    // invalid_with_stmt_indent: [ASYNC] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
    //     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
    @Override
    Object invalidWithStmtIndent() {
        enter(1);
        return leave(1, invalidWithStmtIndentRule());
    }

    private Object invalidWithStmtIndentRule() {
        return withErrors(true);
    }

    // invalid_with_stmt: [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
    //     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
    @Override
    Object invalidWithStmt() {
        enter(1);
        return leave(1, invalidWithStmtRule());
    }

    private Object invalidWithStmtRule() {
        return withErrors(false);
    }

    private Object withErrors(boolean indent) {
        int start = mark;
        expect(ASYNC);
        PegenToken kw = expect(K_WITH);
        if (kw == null) {
            return null;
        }
        int afterWith = mark;
        for (boolean paren : new boolean[] {false, true}) {
            mark = afterWith;
            if (paren && expect(LPAR) == null) {
                break;
            }
            if (withItemsLoose(paren) && (!paren || (expect(COMMA) != null || true) && expect(RPAR) != null)) {
                if (indent) {
                    indentedBlockExpected(kw, "'with' statement");
                } else if (check(NEWLINE)) {
                    throw syntaxError("expected ':'");
                }
            }
        }
        mark = start;
        return null;
    }

    // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
    @Override
    Object invalidWithItem() {
        enter(1);
        return leave(1, invalidWithItemRule());
    }

    private Object invalidWithItemRule() {
        if (expression() != null && expect(K_AS) != null) {
            ExprTy a = expression();
            if (a != null && (check(COMMA) || check(RPAR) || check(COLON))) {
                invalidTarget(Targets.STAR, a);
            }
        }
        return null;
    }

    // invalid_try_stmt: 'try' ':' NEWLINE !INDENT | 'try' ':' block !('except' | 'finally')
    //     | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
    //     | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
    @Override
    Object invalidTryStmt() {
        enter(1);
        return leave(1, invalidTryStmtRule());
    }

    private Object invalidTryStmtRule() {
        int start = mark;
        PegenToken kw = expect(K_TRY);
        if (kw == null) {
            return null;
        }
        indentedBlockExpected(kw, "'try' statement");
        mark = start + 1;
        if (expect(COLON) == null) {
            return null;
        }
        int afterColon = mark;
        if (block() != null && !check(K_EXCEPT) && !check(K_FINALLY)) {
            throw syntaxError("expected 'except' or 'finally' block");
        }
        mark = afterColon;
        while (block() != null) {
            // block*
        }
        int afterBlocks = mark;
        if (exceptBlocksOf(false)) {
            PegenToken a = expect(K_EXCEPT);
            PegenToken b = a == null ? null : expect(STAR);
            if (b != null && expression() != null) {
                optionalAsName();
                if (check(COLON)) {
                    throw range(a, b, "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
        }
        mark = afterBlocks;
        if (exceptBlocksOf(true)) {
            PegenToken a = expect(K_EXCEPT);
            if (a != null) {
                int m = mark;
                if (expression() != null) {
                    optionalAsName();
                } else {
                    mark = m;
                }
                if (check(COLON)) {
                    throw errorAt(a, "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
        }
        return null;
    }

    // invalid_except_stmt:
    //     | 'except' '*'? expression ',' expressions ['as' NAME ] ':'
    //     | 'except' '*'? expression ['as' NAME ] NEWLINE | 'except' NEWLINE | 'except' '*' (NEWLINE | ':')
    @Override
    Object invalidExceptStmt() {
        enter(1);
        return leave(1, invalidExceptStmtRule());
    }

    private Object invalidExceptStmtRule() {
        int start = mark;
        if (expect(K_EXCEPT) == null) {
            return null;
        }
        boolean star = expect(STAR) != null;
        int afterStar = mark;
        ExprTy a = expression();
        if (a != null) {
            if (expect(COMMA) != null && expressions() != null) {
                optionalAsName();
                if (check(COLON)) {
                    throw errorFrom(a, "multiple exception types must be parenthesized");
                }
            }
            mark = afterStar;
            expression();
            optionalAsName();
            if (check(NEWLINE)) {
                throw syntaxError("expected ':'");
            }
        }
        mark = afterStar;
        if (!star && check(NEWLINE)) {
            throw syntaxError("expected ':'");
        }
        if (star && (check(NEWLINE) || check(COLON))) {
            throw syntaxError("expected one or more exception types");
        }
        mark = start;
        return null;
    }

    private void optionalAsName() {
        int m = mark;
        if (expect(K_AS) == null || name() == null) {
            mark = m;
        }
    }

    // invalid_except_stmt_indent: 'except' expression ['as' NAME ] ':' NEWLINE !INDENT | 'except' ':' NEWLINE !INDENT
    @Override
    Object invalidExceptStmtIndent() {
        enter(1);
        return leave(1, invalidExceptStmtIndentRule());
    }

    private Object invalidExceptStmtIndentRule() {
        PegenToken kw = expect(K_EXCEPT);
        if (kw != null) {
            int m = mark;
            if (expression() != null) {
                optionalAsName();
            } else {
                mark = m;
            }
            indentedBlockExpected(kw, "'except' statement");
        }
        return null;
    }

    // invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
    @Override
    Object invalidExceptStarStmtIndent() {
        enter(1);
        return leave(1, invalidExceptStarStmtIndentRule());
    }

    private Object invalidExceptStarStmtIndentRule() {
        PegenToken kw = expect(K_EXCEPT);
        if (kw != null && expect(STAR) != null && expression() != null) {
            optionalAsName();
            indentedBlockExpected(kw, "'except*' statement");
        }
        return null;
    }

    // invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
    @Override
    Object invalidFinallyStmt() {
        enter(1);
        return leave(1, invalidFinallyStmtRule());
    }

    private Object invalidFinallyStmtRule() {
        PegenToken kw = expect(K_FINALLY);
        if (kw != null) {
            indentedBlockExpected(kw, "'finally' statement");
        }
        return null;
    }

    // invalid_match_stmt: "match" subject_expr NEWLINE | "match" subject_expr ':' NEWLINE !INDENT
    @Override
    Object invalidMatchStmt() {
        enter(1);
        return leave(1, invalidMatchStmtRule());
    }

    private Object invalidMatchStmtRule() {
        PegenToken kw = expectSoftKeyword("match");
        if (kw != null && subjectExpr() != null) {
            if (check(NEWLINE)) {
                throw syntaxError("expected ':'");
            }
            indentedBlockExpected(kw, "'match' statement");
        }
        return null;
    }

    // invalid_case_block: "case" patterns guard? NEWLINE | "case" patterns guard? ':' NEWLINE !INDENT
    @Override
    Object invalidCaseBlock() {
        enter(1);
        return leave(1, invalidCaseBlockRule());
    }

    private Object invalidCaseBlockRule() {
        PegenToken kw = expectSoftKeyword("case");
        if (kw != null && PatternRules.patterns(this) != null) {
            guard();
            if (check(NEWLINE)) {
                throw syntaxError("expected ':'");
            }
            indentedBlockExpected(kw, "'case' statement");
        }
        return null;
    }

    // invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression
    @Override
    Object invalidAsPattern() {
        enter(1);
        return leave(1, invalidAsPatternRule());
    }

    private Object invalidAsPatternRule() {
        PatternRules.invalidAsPattern(this);
        return null;
    }

    // invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
    @Override
    Object invalidClassPattern() {
        enter(1);
        return leave(1, invalidClassPatternRule());
    }

    private Object invalidClassPatternRule() {
        PatternRules.invalidClassPattern(this);
        return null;
    }
}
