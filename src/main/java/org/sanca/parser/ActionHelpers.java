package org.sanca.parser;

import java.util.ArrayList;
import java.util.List;

import org.sanca.ast.Arg;
import org.sanca.ast.Arguments;
import org.sanca.ast.Attribute;
import org.sanca.ast.ClassDef;
import org.sanca.ast.ExprContextTy;
import org.sanca.ast.ExprTy;
import org.sanca.ast.Keyword;
import org.sanca.ast.Name;
import org.sanca.ast.PatternTy;
import org.sanca.ast.Starred;
import org.sanca.ast.StmtTy;
import org.sanca.ast.Subscript;
import org.sanca.ast.Tuple;

/**
 * The helpers the grammar's actions call: sequences, argument lists, decorators,
 * expression contexts and the names of expressions in error messages.
 * CPython: Parser/action_helpers.c.
 */
final class ActionHelpers {
    private ActionHelpers() {}

    /** A parameter with its default value (null when it has none). */
    record NameDefaultPair(Arg arg, ExprTy value) {}

    /** Parameters before a '/' where some have defaults. */
    record SlashWithDefault(List<Arg> plainNames, List<NameDefaultPair> namesWithDefaults) {}

    /** What follows '*' in a parameter list: *args, keyword-only parameters, **kwargs. */
    record StarEtc(Arg vararg, List<NameDefaultPair> kwonlyargs, Arg kwarg) {}

    /** A key (or keyword name) and its pattern, in mapping and class patterns. */
    record KeyPatternPair(ExprTy key, PatternTy pattern) {}

    /** A dictionary display item: key is null for **value. */
    record KeyValuePair(ExprTy key, ExprTy value) {}

    /** A comparison operator and its right operand. */
    record CmpopExprPair(org.sanca.ast.CmpopTy op, ExprTy expr) {}

    static <T> List<T> singleton(T a) {
        List<T> l = new ArrayList<>(1);
        l.add(a);
        return l;
    }

    static <T> List<T> insertInFront(T a, List<T> rest) {
        List<T> l = new ArrayList<>(rest == null ? 1 : rest.size() + 1);
        l.add(a);
        if (rest != null) {
            l.addAll(rest);
        }
        return l;
    }

    static <T> List<T> orEmpty(List<T> l) {
        return l == null ? new ArrayList<>(0) : l;
    }

    /** _PyPegen_set_expr_context: a copy of the target with the context set, recursively. */
    static ExprTy setContext(ExprTy e, ExprContextTy ctx) {
        return switch (e) {
            case Name n -> new Name(n.id, ctx, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
            case Tuple t -> new Tuple(setSeqContext(t.elts, ctx), ctx, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
            case org.sanca.ast.List t ->
                new org.sanca.ast.List(setSeqContext(t.elts, ctx), ctx, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
            case Subscript s -> new Subscript(s.value, s.slice, ctx, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
            case Attribute a -> new Attribute(a.value, a.attr, ctx, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
            case Starred s -> new Starred(setContext(s.value, ctx), ctx, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
            default -> e;
        };
    }

    private static List<ExprTy> setSeqContext(List<ExprTy> elts, ExprContextTy ctx) {
        List<ExprTy> l = new ArrayList<>(elts.size());
        for (ExprTy x : elts) {
            l.add(setContext(x, ctx));
        }
        return l;
    }

    /** _PyPegen_make_arguments: the arguments node from the pieces of a parameter list. */
    static Arguments makeArguments(List<Arg> slashWithoutDefault, SlashWithDefault slashWithDefault,
                                   List<Arg> plainNames, List<NameDefaultPair> namesWithDefault, StarEtc starEtc) {
        List<Arg> posonly = new ArrayList<>();
        if (slashWithoutDefault != null) {
            posonly.addAll(slashWithoutDefault);
        } else if (slashWithDefault != null) {
            posonly.addAll(slashWithDefault.plainNames());
            for (NameDefaultPair p : slashWithDefault.namesWithDefaults()) {
                posonly.add(p.arg());
            }
        }
        List<Arg> posargs = new ArrayList<>();
        if (plainNames != null) {
            posargs.addAll(plainNames);
        }
        if (namesWithDefault != null) {
            for (NameDefaultPair p : namesWithDefault) {
                posargs.add(p.arg());
            }
        }
        List<ExprTy> defaults = new ArrayList<>();
        if (slashWithDefault != null) {
            for (NameDefaultPair p : slashWithDefault.namesWithDefaults()) {
                defaults.add(p.value());
            }
        }
        if (namesWithDefault != null) {
            for (NameDefaultPair p : namesWithDefault) {
                defaults.add(p.value());
            }
        }
        List<Arg> kwonly = new ArrayList<>();
        List<ExprTy> kwDefaults = new ArrayList<>();
        if (starEtc != null && starEtc.kwonlyargs() != null) {
            for (NameDefaultPair p : starEtc.kwonlyargs()) {
                kwonly.add(p.arg());
                kwDefaults.add(p.value());
            }
        }
        return new Arguments(posonly, posargs, starEtc == null ? null : starEtc.vararg(), kwonly, kwDefaults,
            starEtc == null ? null : starEtc.kwarg(), defaults);
    }

    static Arguments emptyArguments() {
        return makeArguments(null, null, null, null, null);
    }

    /** Starred items of a call's keyword section: they become positional arguments. */
    static List<ExprTy> extractStarred(List<Object> kwargs) {
        List<ExprTy> l = new ArrayList<>();
        for (Object o : kwargs) {
            if (o instanceof ExprTy e) {
                l.add(e);
            }
        }
        return l;
    }

    /** The keywords of a call's keyword section, starred items left out. */
    static List<Keyword> deleteStarred(List<Object> kwargs) {
        List<Keyword> l = new ArrayList<>();
        for (Object o : kwargs) {
            if (o instanceof Keyword k) {
                l.add(k);
            }
        }
        return l;
    }

    /** _PyPegen_function_def_decorators and class_def_decorators: the statement with its decorators. */
    static StmtTy withDecorators(List<ExprTy> decorators, StmtTy def) {
        switch (def) {
            case org.sanca.ast.FunctionDef f -> f.decorator_list = decorators;
            case org.sanca.ast.AsyncFunctionDef f -> f.decorator_list = decorators;
            case ClassDef c -> c.decorator_list = decorators;
            default -> throw new IllegalStateException();
        }
        return def;
    }

    /** _PyPegen_get_expr_name: how error messages name an expression. */
    static String exprName(ExprTy e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            case Name n -> "name";
            case org.sanca.ast.List l -> "list";
            case Tuple t -> "tuple";
            case org.sanca.ast.Lambda l -> "lambda";
            case org.sanca.ast.Call c -> "function call";
            case org.sanca.ast.BoolOp b -> "expression";
            case org.sanca.ast.BinOp b -> "expression";
            case org.sanca.ast.UnaryOp u -> "expression";
            case org.sanca.ast.GeneratorExp g -> "generator expression";
            case org.sanca.ast.Yield y -> "yield expression";
            case org.sanca.ast.YieldFrom y -> "yield expression";
            case org.sanca.ast.Await a -> "await expression";
            case org.sanca.ast.ListComp l -> "list comprehension";
            case org.sanca.ast.SetComp s -> "set comprehension";
            case org.sanca.ast.DictComp d -> "dict comprehension";
            case org.sanca.ast.Dict d -> "dict literal";
            case org.sanca.ast.Set s -> "set display";
            case org.sanca.ast.JoinedStr j -> "f-string expression";
            case org.sanca.ast.FormattedValue f -> "f-string expression";
            case org.sanca.ast.Constant c -> constantName(c);
            case org.sanca.ast.Compare c -> "comparison";
            case org.sanca.ast.IfExp i -> "conditional expression";
            case org.sanca.ast.NamedExpr n -> "named expression";
            default -> "expression";
        };
    }

    private static String constantName(org.sanca.ast.Constant c) {
        if (c.value == org.sanca.objects.Py.None) {
            return "None";
        }
        if (c.value == org.sanca.objects.Py.True) {
            return "True";
        }
        if (c.value == org.sanca.objects.Py.False) {
            return "False";
        }
        if (c.value == org.sanca.objects.Py.Ellipsis) {
            return "ellipsis";
        }
        return "literal";
    }
}
