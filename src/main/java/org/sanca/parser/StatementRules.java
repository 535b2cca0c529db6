package org.sanca.parser;

import static org.sanca.parser.ActionHelpers.orEmpty;
import static org.sanca.parser.ActionHelpers.singleton;

import java.util.ArrayList;
import java.util.List;

import org.sanca.ast.*;

/**
 * The statement rules of the grammar: simple statements, imports, blocks, and the
 * compound statements (def, class, if, while, for, with, try, match).
 * CPython: Grammar/python.gram (GENERAL STATEMENTS .. Match statement), Parser/parser.c.
 */
abstract class StatementRules extends ExpressionRules {
    private final Raw<Name> dottedNameBody = this::dottedNameRaw;

    StatementRules(Tokenizer tokenizer) {
        super(tokenizer);
    }

    // ---- hooks for the invalid_ rules of statements
    abstract Object invalidAssignment();
    abstract Object invalidDelStmt();
    abstract Object invalidBlock();
    abstract Object invalidImportFromTargets();
    abstract Object invalidClassDefRaw();
    abstract Object invalidDefRaw();
    abstract Object invalidIfStmt();
    abstract Object invalidElifStmt();
    abstract Object invalidElseStmt();
    abstract Object invalidWhileStmt();
    abstract Object invalidForStmt();
    abstract Object invalidWithStmtIndent();
    abstract Object invalidWithStmt();
    abstract Object invalidWithItem();
    abstract Object invalidTryStmt();
    abstract Object invalidExceptStmtIndent();
    abstract Object invalidExceptStarStmtIndent();
    abstract Object invalidExceptStmt();
    abstract Object invalidFinallyStmt();
    abstract Object invalidMatchStmt();
    abstract Object invalidCaseBlock();
    abstract Object invalidAsPattern();
    abstract Object invalidClassPattern();

    /** Runs an invalid_ rule in the second pass; it raises when it matches, else the mark is restored. */
    final void tryInvalid(java.util.function.Supplier<Object> rule) {
        if (callInvalidRules) {
            int start = mark;
            rule.get();
            mark = start;
        }
    }

    // statements: statement+
    final List<StmtTy> statements() {
        enter(2);
        return leave(2, statementsRule());
    }

    private List<StmtTy> statementsRule() {
        List<StmtTy> l = null;
        while (true) {
            List<StmtTy> a = statement();
            if (a == null) {
                break;
            }
            if (l == null) {
                l = new ArrayList<>();
            }
            l.addAll(a);
        }
        return l;
    }

    // statement: compound_stmt | simple_stmts
    final List<StmtTy> statement() {
        enter(1);
        return leave(1, statementRule());
    }

    private List<StmtTy> statementRule() {
        StmtTy a = compoundStmt();
        if (a != null) {
            return singleton(a);
        }
        return simpleStmts();
    }

    // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER (_PyPegen_interactive_exit: fails)
    final List<StmtTy> statementNewline() {
        enter(1);
        return leave(1, statementNewlineRule());
    }

    private List<StmtTy> statementNewlineRule() {
        int start = mark;
        PegenToken s = peek();
        StmtTy a = compoundStmt();
        if (a != null && expect(NEWLINE) != null) {
            return singleton(a);
        }
        mark = start;
        List<StmtTy> b = simpleStmts();
        if (b != null) {
            return b;
        }
        if (expect(NEWLINE) != null) {
            return singleton(at(new Pass(0, 0, 0, 0), s));
        }
        return null;
    }

    // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    final List<StmtTy> simpleStmts() {
        enter(1);
        return leave(1, simpleStmtsRule());
    }

    private List<StmtTy> simpleStmtsRule() {
        int start = mark;
        StmtTy a = simpleStmt();
        if (a == null) {
            return null;
        }
        if (expect(NEWLINE) != null) {
            return singleton(a);
        }
        List<StmtTy> l = singleton(a);
        while (true) {
            int m = mark;
            if (expect(SEMI) == null) {
                break;
            }
            enter(2); // ';'.simple_stmt+: a _gather rule and its _loop0 rule
            StmtTy b = leave(2, simpleStmt());
            if (b == null) {
                mark = m;
                break;
            }
            l.add(b);
        }
        expect(SEMI);
        if (expect(NEWLINE) == null) {
            mark = start;
            return null;
        }
        return l;
    }

    // simple_stmt (memo): assignment | star_expressions | &'return' return_stmt | &('import' | 'from') import_stmt
    //     | &'raise' raise_stmt | 'pass' | &'del' del_stmt | &'yield' yield_stmt | &'assert' assert_stmt
    //     | 'break' | 'continue' | &'global' global_stmt | &'nonlocal' nonlocal_stmt
    final StmtTy simpleStmt() {
        enter(1);
        return leave(1, simpleStmtRule());
    }

    private StmtTy simpleStmtRule() {
        int start = mark;
        Object m = memo(M_SIMPLE_STMT);
        if (m != NO_MEMO) {
            return (StmtTy) m;
        }
        StmtTy r = simpleStmtRaw();
        if (r == null) {
            mark = start;
        }
        insertMemo(start, M_SIMPLE_STMT, r);
        return r;
    }

    private StmtTy simpleStmtRaw() {
        int start = mark;
        PegenToken s = peek();
        StmtTy r = assignment();
        if (r != null) {
            return r;
        }
        mark = start;
        ExprTy e = starExpressions();
        if (e != null) {
            return at(new Expr(e, 0, 0, 0, 0), s);
        }
        mark = start;
        int type = s.type;
        if (type == K_RETURN) {
            return returnStmt();
        } else if (type == K_IMPORT || type == K_FROM) {
            return importStmt();
        } else if (type == K_RAISE) {
            return raiseStmt();
        } else if (type == K_PASS) {
            mark++;
            return at(new Pass(0, 0, 0, 0), s);
        } else if (type == K_DEL) {
            return delStmt();
        } else if (type == K_YIELD) {
            enter(1); // yield_stmt
            ExprTy y = leave(1, yieldExpr());
            return y == null ? null : at(new Expr(y, 0, 0, 0, 0), s);
        } else if (type == K_ASSERT) {
            return assertStmt();
        } else if (type == K_BREAK) {
            mark++;
            return at(new Break(0, 0, 0, 0), s);
        } else if (type == K_CONTINUE) {
            mark++;
            return at(new Continue(0, 0, 0, 0), s);
        } else if (type == K_GLOBAL || type == K_NONLOCAL) {
            return globalStmt(type == K_GLOBAL);
        }
        return null;
    }

    // compound_stmt: &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
    //     | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt | &'while' while_stmt | match_stmt
    final StmtTy compoundStmt() {
        enter(1);
        return leave(1, compoundStmtRule());
    }

    private StmtTy compoundStmtRule() {
        int type = peekType();
        StmtTy r = null;
        if (type == K_DEF || type == AT || type == ASYNC) {
            r = functionDef();
        }
        if (r == null && type == K_IF) {
            r = ifStmt(false);
        }
        if (r == null && (type == K_CLASS || type == AT)) {
            r = classDef();
        }
        if (r == null && (type == K_WITH || type == ASYNC)) {
            r = withStmt();
        }
        if (r == null && (type == K_FOR || type == ASYNC)) {
            r = forStmt();
        }
        if (r == null && type == K_TRY) {
            r = tryStmt();
        }
        if (r == null && type == K_WHILE) {
            r = whileStmt();
        }
        if (r == null && type == NAME) {
            r = matchStmt();
        }
        return r;
    }

    // ---- simple statements

    // assignment:
    //     | NAME ':' expression ['=' annotated_rhs]
    //     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    //     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
    //     | single_target augassign ~ (yield_expr | star_expressions)
    //     | invalid_assignment
    private StmtTy assignment() {
        enter(1);
        return leave(1, assignmentRule());
    }

    private StmtTy assignmentRule() {
        int start = mark;
        PegenToken s = peek();
        Name n = name();
        if (n != null && expect(COLON) != null) {
            ExprTy b = expression();
            if (b != null) {
                ExprTy c = annotatedValue();
                return checkVersion(6, "Variable annotation syntax is",
                    at(new AnnAssign(ActionHelpers.setContext(n, ExprContextTy.Store), b, c, 1, 0, 0, 0, 0), s));
            }
        }
        mark = start;
        enter(1); // ('(' single_target ')' | single_subscript_attribute_target) is a _tmp rule
        ExprTy a = leave(1, annotationTarget(start));
        if (a != null && expect(COLON) != null) {
            ExprTy b = expression();
            if (b != null) {
                ExprTy c = annotatedValue();
                return checkVersion(6, "Variable annotations syntax is", at(new AnnAssign(a, b, c, 0, 0, 0, 0, 0), s));
            }
        }
        mark = start;
        StmtTy r = plainAssignment(s);
        if (r != null) {
            return r;
        }
        mark = start;
        ExprTy t = singleTarget();
        if (t != null) {
            OperatorTy op = augassign();
            if (op != null) {
                ExprTy c = annotatedRhs();
                if (c == null) {
                    mark = start;
                    return null;
                }
                return at(new AugAssign(t, op, c, 0, 0, 0, 0), s);
            }
        }
        mark = start;
        tryInvalid(this::invalidAssignment);
        return null;
    }

    /** '(' single_target ')' | single_subscript_attribute_target */
    private ExprTy annotationTarget(int start) {
        if (expect(LPAR) != null) {
            ExprTy a = singleTarget();
            if (a != null && expect(RPAR) != null) {
                return a;
            }
            mark = start;
        }
        return subscriptAttributeTarget(ExprContextTy.Store);
    }

    /** ['=' annotated_rhs] */
    private ExprTy annotatedValue() {
        int m = mark;
        if (expect(EQUAL) != null) {
            enter(1); // the group is a _tmp rule
            ExprTy d = leave(1, annotatedRhs());
            if (d != null) {
                return d;
            }
        }
        mark = m;
        return null;
    }

    /** (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT] */
    private StmtTy plainAssignment(PegenToken s) {
        List<ExprTy> targets = null;
        while (true) {
            int m = mark;
            enter(2); // (star_targets '=')+: a _loop1 rule and a _tmp rule
            ExprTy z = leave(2, starTargets());
            if (z == null || expect(EQUAL) == null) {
                mark = m;
                break;
            }
            if (targets == null) {
                targets = new ArrayList<>(1);
            }
            targets.add(z);
        }
        if (targets == null) {
            return null;
        }
        ExprTy b = annotatedRhs();
        if (b == null || check(EQUAL)) {
            return null;
        }
        String tc = typeComment(expect(TYPE_COMMENT));
        return at(new Assign(targets, b, tc, 0, 0, 0, 0), s);
    }

    // annotated_rhs: yield_expr | star_expressions
    final ExprTy annotatedRhs() {
        enter(1);
        return leave(1, annotatedRhsRule());
    }

    private ExprTy annotatedRhsRule() {
        ExprTy a = yieldExpr();
        return a != null ? a : starExpressions();
    }

    // augassign: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
    final OperatorTy augassign() {
        OperatorTy op = AUG_OPERATORS[peek().type];
        if (op != null) {
            mark++;
        }
        return op == OperatorTy.MatMult ? checkVersion(5, "The '@' operator is", op) : op;
    }

    /** The operator of each augmented assignment token kind, indexed by kind. */
    private static final OperatorTy[] AUG_OPERATORS = new OperatorTy[256];

    static {
        Object[][] pairs = {{TokenType.PLUSEQUAL, OperatorTy.Add}, {TokenType.MINEQUAL, OperatorTy.Sub},
            {TokenType.STAREQUAL, OperatorTy.Mult}, {TokenType.ATEQUAL, OperatorTy.MatMult},
            {TokenType.SLASHEQUAL, OperatorTy.Div}, {TokenType.PERCENTEQUAL, OperatorTy.Mod},
            {TokenType.AMPEREQUAL, OperatorTy.BitAnd}, {TokenType.VBAREQUAL, OperatorTy.BitOr},
            {TokenType.CIRCUMFLEXEQUAL, OperatorTy.BitXor}, {TokenType.LEFTSHIFTEQUAL, OperatorTy.LShift},
            {TokenType.RIGHTSHIFTEQUAL, OperatorTy.RShift}, {TokenType.DOUBLESTAREQUAL, OperatorTy.Pow},
            {TokenType.DOUBLESLASHEQUAL, OperatorTy.FloorDiv}};
        for (Object[] p : pairs) {
            AUG_OPERATORS[((TokenType) p[0]).ordinal()] = (OperatorTy) p[1];
        }
    }

    // return_stmt: 'return' [star_expressions]
    private StmtTy returnStmt() {
        enter(1);
        return leave(1, returnStmtRule());
    }

    private StmtTy returnStmtRule() {
        PegenToken s = peek();
        if (expect(K_RETURN) == null) {
            return null;
        }
        ExprTy a = starExpressions();
        return at(new Return(a, 0, 0, 0, 0), s);
    }

    // raise_stmt: 'raise' expression ['from' expression] | 'raise'
    private StmtTy raiseStmt() {
        enter(1);
        return leave(1, raiseStmtRule());
    }

    private StmtTy raiseStmtRule() {
        PegenToken s = peek();
        if (expect(K_RAISE) == null) {
            return null;
        }
        int m = mark;
        ExprTy a = expression();
        ExprTy b = null;
        if (a != null) {
            int m2 = mark;
            if (expect(K_FROM) != null) {
                b = expression();
                if (b == null) {
                    mark = m2;
                }
            }
        } else {
            mark = m;
        }
        return at(new Raise(a, b, 0, 0, 0, 0), s);
    }

    // global_stmt: 'global' ','.NAME+     nonlocal_stmt: 'nonlocal' ','.NAME+
    private StmtTy globalStmt(boolean global) {
        enter(1);
        return leave(1, globalStmtRule(global));
    }

    private StmtTy globalStmtRule(boolean global) {
        int start = mark;
        PegenToken s = peek();
        mark++;
        List<String> names = new ArrayList<>();
        while (true) {
            int m = mark;
            if (!names.isEmpty() && expect(COMMA) == null) {
                break;
            }
            Name n = name();
            if (n == null) {
                mark = m;
                break;
            }
            names.add(n.id);
        }
        if (names.isEmpty()) {
            mark = start;
            return null;
        }
        return at(global ? new Global(names, 0, 0, 0, 0) : new Nonlocal(names, 0, 0, 0, 0), s);
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    private StmtTy delStmt() {
        enter(1);
        return leave(1, delStmtRule());
    }

    private StmtTy delStmtRule() {
        int start = mark;
        PegenToken s = peek();
        if (expect(K_DEL) != null) {
            List<ExprTy> a = delTargets();
            if (a != null && (check(SEMI) || check(NEWLINE))) {
                return at(new Delete(a, 0, 0, 0, 0), s);
            }
        }
        mark = start;
        tryInvalid(this::invalidDelStmt);
        return null;
    }

    // assert_stmt: 'assert' expression [',' expression]
    private StmtTy assertStmt() {
        enter(1);
        return leave(1, assertStmtRule());
    }

    private StmtTy assertStmtRule() {
        int start = mark;
        PegenToken s = peek();
        mark++;
        ExprTy a = expression();
        if (a == null) {
            mark = start;
            return null;
        }
        int m = mark;
        ExprTy b = null;
        if (expect(COMMA) != null) {
            b = expression();
            if (b == null) {
                mark = m;
            }
        }
        return at(new Assert(a, b, 0, 0, 0, 0), s);
    }

    // import_stmt: import_name | import_from
    private StmtTy importStmt() {
        enter(1);
        return leave(1, importStmtRule());
    }

    private StmtTy importStmtRule() {
        StmtTy r = importName();
        return r != null ? r : importFrom();
    }

    // import_name: 'import' dotted_as_names
    private StmtTy importName() {
        int start = mark;
        PegenToken s = peek();
        if (expect(K_IMPORT) == null) {
            return null;
        }
        List<Alias> a = aliases(true);
        if (a == null) {
            mark = start;
            return null;
        }
        return at(new Import(a, 0, 0, 0, 0), s);
    }

    // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    //     | 'from' ('.' | '...')+ 'import' import_from_targets
    private StmtTy importFrom() {
        int start = mark;
        PegenToken s = peek();
        if (expect(K_FROM) == null) {
            return null;
        }
        int level = 0;
        while (true) {
            if (expect(DOT) != null) {
                level++;
            } else if (expect(ELLIPSIS) != null) {
                level += 3;
            } else {
                break;
            }
        }
        int afterDots = mark;
        Name b = dottedName();
        if (b != null && expect(K_IMPORT) != null) {
            List<Alias> c = importFromTargets();
            if (c != null) {
                return at(new ImportFrom(b.id, c, level, 0, 0, 0, 0), s);
            }
        }
        mark = afterDots;
        if (level > 0 && expect(K_IMPORT) != null) {
            List<Alias> c = importFromTargets();
            if (c != null) {
                return at(new ImportFrom(null, c, level, 0, 0, 0, 0), s);
            }
        }
        mark = start;
        return null;
    }

    // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
    //     | invalid_import_from_targets
    private List<Alias> importFromTargets() {
        int start = mark;
        PegenToken s = peek();
        if (expect(LPAR) != null) {
            List<Alias> a = aliases(false);
            if (a != null) {
                expect(COMMA);
                if (expect(RPAR) != null) {
                    return a;
                }
            }
            mark = start;
        }
        List<Alias> a = aliases(false);
        if (a != null && !check(COMMA)) {
            return a;
        }
        mark = start;
        if (expect(STAR) != null) {
            return singleton(at(new Alias("*", null, 0, 0, 0, 0), s));
        }
        tryInvalid(this::invalidImportFromTargets);
        return null;
    }

    // import_from_as_names: ','.import_from_as_name+     dotted_as_names: ','.dotted_as_name+
    private List<Alias> aliases(boolean dotted) {
        List<Alias> l = null;
        while (true) {
            int m = mark;
            if (l != null && expect(COMMA) == null) {
                break;
            }
            Alias a = alias(dotted);
            if (a == null) {
                mark = m;
                break;
            }
            if (l == null) {
                l = new ArrayList<>();
            }
            l.add(a);
        }
        return l;
    }

    // import_from_as_name: NAME ['as' NAME]     dotted_as_name: dotted_name ['as' NAME]
    private Alias alias(boolean dotted) {
        PegenToken s = peek();
        Name a = dotted ? dottedName() : name();
        if (a == null) {
            return null;
        }
        int m = mark;
        String asname = null;
        if (expect(K_AS) != null) {
            Name z = name();
            if (z != null) {
                asname = z.id;
            } else {
                mark = m;
            }
        }
        return at(new Alias(a.id, asname, 0, 0, 0, 0), s);
    }

    // dotted_name: dotted_name '.' NAME | NAME
    final Name dottedName() {
        return leftRecursive(M_DOTTED_NAME, dottedNameBody);
    }

    private Name dottedNameRaw() {
        int start = mark;
        Name a = dottedName();
        if (a != null && expect(DOT) != null) {
            Name b = name();
            if (b != null) {
                return new Name(a.id + "." + b.id, ExprContextTy.Load, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
            }
        }
        mark = start;
        return name();
    }

    // ---- blocks and definitions

    // block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
    final List<StmtTy> block() {
        enter(1);
        return leave(1, blockRule());
    }

    private List<StmtTy> blockRule() {
        int start = mark;
        Object m = memo(M_BLOCK);
        if (m != PegenCore.NO_MEMO) {
            @SuppressWarnings("unchecked") List<StmtTy> r = (List<StmtTy>) m;
            return r;
        }
        List<StmtTy> r = null;
        if (expect(NEWLINE) != null && expect(INDENT) != null) {
            r = statements();
            if (r != null && expect(DEDENT) == null) {
                r = null;
            }
        }
        if (r == null) {
            mark = start;
            r = simpleStmts();
        }
        if (r == null) {
            mark = start;
            tryInvalid(this::invalidBlock);
        }
        insertMemo(start, M_BLOCK, r);
        return r;
    }

    // decorators: ('@' named_expression NEWLINE)+
    private List<ExprTy> decorators() {
        enter(3); // ('@' named_expression NEWLINE)+ is a _loop1 rule over a _tmp rule
        return leave(3, decoratorsRule());
    }

    private List<ExprTy> decoratorsRule() {
        List<ExprTy> l = null;
        while (true) {
            int m = mark;
            if (expect(AT) == null) {
                break;
            }
            ExprTy f = namedExpression();
            if (f == null || expect(NEWLINE) == null) {
                mark = m;
                break;
            }
            if (l == null) {
                l = new ArrayList<>();
            }
            l.add(f);
        }
        return l;
    }

    // class_def: decorators class_def_raw | class_def_raw
    private StmtTy classDef() {
        enter(1);
        return leave(1, classDefRule());
    }

    private StmtTy classDefRule() {
        int start = mark;
        List<ExprTy> d = decorators();
        if (d != null) {
            StmtTy c = classDefRaw();
            if (c != null) {
                return ActionHelpers.withDecorators(d, c);
            }
            mark = start;
        }
        return classDefRaw();
    }

    // class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
    private StmtTy classDefRaw() {
        enter(1);
        return leave(1, classDefRawRule());
    }

    private StmtTy classDefRawRule() {
        int start = mark;
        tryInvalid(this::invalidClassDefRaw);
        PegenToken s = peek();
        if (expect(K_CLASS) == null) {
            return null;
        }
        Name a = name();
        if (a != null) {
            int m = mark;
            Call b = null;
            boolean parens = false;
            if (expect(LPAR) != null) {
                b = arguments();
                parens = expect(RPAR) != null;
                if (!parens) {
                    mark = m;
                    b = null;
                }
            }
            if (expect(COLON) != null) {
                List<StmtTy> c = block();
                if (c != null) {
                    return at(new ClassDef(a.id, b == null ? new ArrayList<>(0) : b.args,
                        b == null ? new ArrayList<>(0) : b.keywords, c, new ArrayList<>(0), 0, 0, 0, 0), s);
                }
            }
        }
        mark = start;
        return null;
    }

    // function_def: decorators function_def_raw | function_def_raw
    private StmtTy functionDef() {
        enter(1);
        return leave(1, functionDefRule());
    }

    private StmtTy functionDefRule() {
        int start = mark;
        List<ExprTy> d = decorators();
        if (d != null) {
            StmtTy f = functionDefRaw();
            if (f != null) {
                return ActionHelpers.withDecorators(d, f);
            }
            mark = start;
        }
        return functionDefRaw();
    }

    // function_def_raw: invalid_def_raw
    //     | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    //     | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    private StmtTy functionDefRaw() {
        enter(1);
        return leave(1, functionDefRawRule());
    }

    private StmtTy functionDefRawRule() {
        int start = mark;
        tryInvalid(this::invalidDefRaw);
        PegenToken s = peek();
        boolean isAsync = expect(ASYNC) != null;
        if (expect(K_DEF) == null) {
            mark = start;
            return null;
        }
        Name n = name();
        if (n != null) {
            expectForced(LPAR, "(");
            Arguments params = params(false);
            if (expect(RPAR) != null) {
                ExprTy returns = null;
                int m = mark;
                if (expect(RARROW) != null) {
                    enter(1); // ['->' expression] is a _tmp rule
                    returns = leave(1, expression());
                    if (returns == null) {
                        mark = m;
                    }
                }
                expectForced(COLON, ":");
                String tc = typeComment(funcTypeComment());
                List<StmtTy> b = block();
                if (b != null) {
                    Arguments args = params == null ? ActionHelpers.emptyArguments() : params;
                    List<ExprTy> decos = new ArrayList<>(0);
                    return isAsync ? checkVersion(5, "Async functions are",
                            at(new AsyncFunctionDef(n.id, args, b, decos, returns, tc, 0, 0, 0, 0), s))
                        : at(new FunctionDef(n.id, args, b, decos, returns, tc, 0, 0, 0, 0), s);
                }
            }
        }
        mark = start;
        return null;
    }

    /** NEW_TYPE_COMMENT: a type comment token's text, or null. */
    static String typeComment(PegenToken tc) {
        return tc == null ? null : tc.string;
    }

    // func_type_comment:
    //     | NEWLINE TYPE_COMMENT &(NEWLINE INDENT)
    //     | invalid_double_type_comments
    //     | TYPE_COMMENT
    private PegenToken funcTypeComment() {
        enter(1);
        return leave(1, funcTypeCommentRule());
    }

    private PegenToken funcTypeCommentRule() {
        int start = mark;
        if (expect(NEWLINE) != null) {
            PegenToken t = expect(TYPE_COMMENT);
            if (t != null) {
                int m = mark;
                enter(1); // (NEWLINE INDENT) is a _tmp rule
                boolean followed = leave(1, expect(NEWLINE) != null && check(INDENT));
                mark = m;
                if (followed) {
                    return t;
                }
            }
        }
        mark = start;
        tryInvalid(this::invalidDoubleTypeComments);
        return expect(TYPE_COMMENT);
    }

    // invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT
    private Object invalidDoubleTypeComments() {
        enter(1);
        if (expect(TYPE_COMMENT) != null && expect(NEWLINE) != null && expect(TYPE_COMMENT) != null
                && expect(NEWLINE) != null && expect(INDENT) != null) {
            throw syntaxError("Cannot have two type comments on def");
        }
        return leave(1, null);
    }

    // ---- if, while, for

    // if_stmt: invalid_if_stmt | 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
    // elif_stmt: invalid_elif_stmt | 'elif' named_expression ':' block elif_stmt | 'elif' ... [else_block]
    private StmtTy ifStmt(boolean elif) {
        enter(1);
        return leave(1, ifStmtRule(elif));
    }

    private StmtTy ifStmtRule(boolean elif) {
        int start = mark;
        tryInvalid(elif ? this::invalidElifStmt : this::invalidIfStmt);
        PegenToken s = peek();
        if (expect(elif ? K_ELIF : K_IF) == null) {
            return null;
        }
        ExprTy a = namedExpression();
        if (a != null && expect(COLON) != null) {
            List<StmtTy> b = block();
            if (b != null) {
                int m = mark;
                StmtTy c = ifStmt(true);
                if (c != null) {
                    return at(new If(a, b, singleton(c), 0, 0, 0, 0), s);
                }
                mark = m;
                List<StmtTy> e = elseBlock();
                return at(new If(a, b, orEmpty(e), 0, 0, 0, 0), s);
            }
        }
        mark = start;
        return null;
    }

    // else_block: invalid_else_stmt | 'else' &&':' block
    private List<StmtTy> elseBlock() {
        enter(1);
        return leave(1, elseBlockRule());
    }

    private List<StmtTy> elseBlockRule() {
        int start = mark;
        tryInvalid(this::invalidElseStmt);
        if (expect(K_ELSE) == null) {
            return null;
        }
        expectForced(COLON, ":");
        List<StmtTy> b = block();
        if (b == null) {
            mark = start;
        }
        return b;
    }

    // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
    private StmtTy whileStmt() {
        enter(1);
        return leave(1, whileStmtRule());
    }

    private StmtTy whileStmtRule() {
        int start = mark;
        tryInvalid(this::invalidWhileStmt);
        PegenToken s = peek();
        if (expect(K_WHILE) == null) {
            return null;
        }
        ExprTy a = namedExpression();
        if (a != null && expect(COLON) != null) {
            List<StmtTy> b = block();
            if (b != null) {
                List<StmtTy> c = elseBlock();
                return at(new While(a, b, orEmpty(c), 0, 0, 0, 0), s);
            }
        }
        mark = start;
        return null;
    }

    // for_stmt: invalid_for_stmt
    //     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //     | invalid_for_target
    private StmtTy forStmt() {
        enter(1);
        return leave(1, forStmtRule());
    }

    private StmtTy forStmtRule() {
        int start = mark;
        tryInvalid(this::invalidForStmt);
        PegenToken s = peek();
        boolean isAsync = expect(ASYNC) != null;
        if (expect(K_FOR) != null) {
            ExprTy t = starTargets();
            if (t != null && expect(K_IN) != null) {
                ExprTy ex = starExpressions();
                if (ex != null && expect(COLON) != null) {
                    String tc = typeComment(expect(TYPE_COMMENT));
                    List<StmtTy> b = block();
                    if (b != null) {
                        List<StmtTy> el = orEmpty(elseBlock());
                        return isAsync ? checkVersion(5, "Async for loops are", at(new AsyncFor(t, ex, b, el, tc, 0, 0, 0, 0), s))
                            : at(new For(t, ex, b, el, tc, 0, 0, 0, 0), s);
                    }
                }
                mark = start;
                return null;
            }
        }
        mark = start;
        tryInvalid(this::invalidForTarget);
        return null;
    }

    // ---- with

    // with_stmt: invalid_with_stmt_indent
    //     | 'with' '(' ','.with_item+ ','? ')' ':' block
    //     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    //     | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
    //     | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    //     | invalid_with_stmt
    private StmtTy withStmt() {
        enter(1);
        return leave(1, withStmtRule());
    }

    private StmtTy withStmtRule() {
        int start = mark;
        tryInvalid(this::invalidWithStmtIndent);
        PegenToken s = peek();
        boolean isAsync = expect(ASYNC) != null;
        if (expect(K_WITH) != null) {
            int afterWith = mark;
            if (expect(LPAR) != null) {
                List<Withitem> items = withItems();
                if (items != null) {
                    expect(COMMA);
                    if (expect(RPAR) != null && expect(COLON) != null) {
                        List<StmtTy> b = block();
                        if (b != null) {
                            return isAsync ? withNode(true, items, b, null, s)
                                : checkVersion(9, "Parenthesized context managers are", withNode(false, items, b, null, s));
                        }
                    }
                }
                mark = afterWith;
            }
            List<Withitem> items = withItems();
            if (items != null && expect(COLON) != null) {
                String tc = typeComment(expect(TYPE_COMMENT));
                List<StmtTy> b = block();
                if (b != null) {
                    return withNode(isAsync, items, b, tc, s);
                }
            }
        }
        mark = start;
        tryInvalid(this::invalidWithStmt);
        return null;
    }

    private StmtTy withNode(boolean isAsync, List<Withitem> items, List<StmtTy> body, String tc, PegenToken s) {
        return isAsync ? checkVersion(5, "Async with statements are", at(new AsyncWith(items, body, tc, 0, 0, 0, 0), s))
            : at(new With(items, body, tc, 0, 0, 0, 0), s);
    }

    private List<Withitem> withItems() {
        enter(1); // ','.with_item+ is a _gather rule
        return leave(1, withItemsRule());
    }

    private List<Withitem> withItemsRule() {
        List<Withitem> l = null;
        while (true) {
            int m = mark;
            if (l != null && expect(COMMA) == null) {
                break;
            }
            Withitem w = withItem();
            if (w == null) {
                mark = m;
                break;
            }
            if (l == null) {
                l = new ArrayList<>();
            }
            l.add(w);
        }
        return l;
    }

    // with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
    private Withitem withItem() {
        enter(1);
        return leave(1, withItemRule());
    }

    private Withitem withItemRule() {
        int start = mark;
        ExprTy e = expression();
        if (e == null) {
            return null;
        }
        int afterE = mark;
        if (expect(K_AS) != null) {
            ExprTy t = starTarget();
            int type = peekType();
            if (t != null && (type == COMMA || type == RPAR || type == COLON)) {
                return new Withitem(e, t);
            }
        }
        mark = start;
        tryInvalid(this::invalidWithItem);
        mark = afterE;
        return new Withitem(e, null);
    }

    // ---- try

    // try_stmt: invalid_try_stmt | 'try' &&':' block finally_block
    //     | 'try' &&':' block except_block+ [else_block] [finally_block]
    //     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
    private StmtTy tryStmt() {
        enter(1);
        return leave(1, tryStmtRule());
    }

    private StmtTy tryStmtRule() {
        int start = mark;
        tryInvalid(this::invalidTryStmt);
        PegenToken s = peek();
        if (expect(K_TRY) == null) {
            return null;
        }
        expectForced(COLON, ":");
        List<StmtTy> b = block();
        if (b != null) {
            int afterBlock = mark;
            List<StmtTy> f = finallyBlock();
            if (f != null) {
                return at(new Try(b, new ArrayList<>(0), new ArrayList<>(0), f, 0, 0, 0, 0), s);
            }
            for (boolean star : new boolean[] {false, true}) {
                mark = afterBlock;
                List<ExcepthandlerTy> ex = exceptBlocks(star);
                if (ex != null) {
                    List<StmtTy> el = orEmpty(elseBlock());
                    List<StmtTy> fin = orEmpty(finallyBlock());
                    return star ? checkVersion(11, "Exception groups are", at(new TryStar(b, ex, el, fin, 0, 0, 0, 0), s))
                        : at(new Try(b, ex, el, fin, 0, 0, 0, 0), s);
                }
            }
        }
        mark = start;
        return null;
    }

    /** except_block+ (or except_star_block+) for the invalid_ rules: whether at least one matched. */
    final boolean exceptBlocksOf(boolean star) {
        return exceptBlocks(star) != null;
    }

    private List<ExcepthandlerTy> exceptBlocks(boolean star) {
        List<ExcepthandlerTy> l = null;
        ExcepthandlerTy h;
        while ((h = exceptBlock(star)) != null) {
            if (l == null) {
                l = new ArrayList<>();
            }
            l.add(h);
        }
        return l;
    }

    // except_block: invalid_except_stmt_indent | 'except' expression ['as' NAME] ':' block | 'except' ':' block
    //     | invalid_except_stmt
    // except_star_block: invalid_except_star_stmt_indent | 'except' '*' expression ['as' NAME] ':' block
    //     | invalid_except_stmt
    private ExcepthandlerTy exceptBlock(boolean star) {
        enter(1);
        return leave(1, exceptBlockRule(star));
    }

    private ExcepthandlerTy exceptBlockRule(boolean star) {
        int start = mark;
        tryInvalid(star ? this::invalidExceptStarStmtIndent : this::invalidExceptStmtIndent);
        PegenToken s = peek();
        if (expect(K_EXCEPT) != null && (!star || expect(STAR) != null)) {
            int afterExcept = mark;
            ExprTy e = expression();
            if (e != null) {
                String name = null;
                int m = mark;
                if (expect(K_AS) != null) {
                    Name z = name();
                    if (z != null) {
                        name = z.id;
                    } else {
                        mark = m;
                    }
                }
                if (expect(COLON) != null) {
                    List<StmtTy> b = block();
                    if (b != null) {
                        return at(new ExceptHandler(e, name, b, 0, 0, 0, 0), s);
                    }
                }
            }
            mark = afterExcept;
            if (!star && expect(COLON) != null) {
                List<StmtTy> b = block();
                if (b != null) {
                    return at(new ExceptHandler(null, null, b, 0, 0, 0, 0), s);
                }
            }
        }
        mark = start;
        tryInvalid(this::invalidExceptStmt);
        return null;
    }

    // finally_block: invalid_finally_stmt | 'finally' &&':' block
    private List<StmtTy> finallyBlock() {
        enter(1);
        return leave(1, finallyBlockRule());
    }

    private List<StmtTy> finallyBlockRule() {
        int start = mark;
        tryInvalid(this::invalidFinallyStmt);
        if (expect(K_FINALLY) == null) {
            return null;
        }
        expectForced(COLON, ":");
        List<StmtTy> b = block();
        if (b == null) {
            mark = start;
        }
        return b;
    }

    // ---- match

    // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt
    private StmtTy matchStmt() {
        enter(1);
        return leave(1, matchStmtRule());
    }

    private StmtTy matchStmtRule() {
        int start = mark;
        PegenToken s = peek();
        if (expectSoftKeyword("match") != null) {
            ExprTy subject = subjectExpr();
            if (subject != null && expect(COLON) != null && expect(NEWLINE) != null && expect(INDENT) != null) {
                List<MatchCase> cases = null;
                MatchCase c;
                while ((c = caseBlock()) != null) {
                    if (cases == null) {
                        cases = new ArrayList<>();
                    }
                    cases.add(c);
                }
                if (cases != null && expect(DEDENT) != null) {
                    return checkVersion(10, "Pattern matching is", at(new Match(subject, cases, 0, 0, 0, 0), s));
                }
            }
        }
        mark = start;
        tryInvalid(this::invalidMatchStmt);
        return null;
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    final ExprTy subjectExpr() {
        enter(1);
        return leave(1, subjectExprRule());
    }

    private ExprTy subjectExprRule() {
        int start = mark;
        PegenToken s = peek();
        ExprTy value = starNamedExpression();
        if (value != null && expect(COMMA) != null) {
            List<ExprTy> values = starNamedExpressions();
            return at(new Tuple(ActionHelpers.insertInFront(value, values), ExprContextTy.Load, 0, 0, 0, 0), s);
        }
        mark = start;
        return namedExpression();
    }

    // case_block: invalid_case_block | "case" patterns guard? ':' block
    private MatchCase caseBlock() {
        enter(1);
        return leave(1, caseBlockRule());
    }

    private MatchCase caseBlockRule() {
        int start = mark;
        tryInvalid(this::invalidCaseBlock);
        if (expectSoftKeyword("case") != null) {
            PatternTy pattern = PatternRules.patterns(this);
            if (pattern != null) {
                ExprTy guard = guard();
                if (expect(COLON) != null) {
                    List<StmtTy> body = block();
                    if (body != null) {
                        return new MatchCase(pattern, guard, body);
                    }
                }
            }
        }
        mark = start;
        return null;
    }

    // guard: 'if' named_expression
    final ExprTy guard() {
        enter(1);
        return leave(1, guardRule());
    }

    private ExprTy guardRule() {
        int start = mark;
        if (expect(K_IF) != null) {
            ExprTy g = namedExpression();
            if (g != null) {
                return g;
            }
        }
        mark = start;
        return null;
    }
}
