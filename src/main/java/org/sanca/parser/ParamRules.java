package org.sanca.parser;

import java.util.ArrayList;
import java.util.List;

import org.sanca.ast.Arg;
import org.sanca.ast.Arguments;
import org.sanca.ast.ExprTy;
import org.sanca.ast.Name;
import org.sanca.parser.ActionHelpers.NameDefaultPair;
import org.sanca.parser.ActionHelpers.SlashWithDefault;
import org.sanca.parser.ActionHelpers.StarEtc;

/**
 * The parameter-list rules of def (parameters, slash_no_default, star_etc, param, ...) and
 * their lambda_ twins, written once: in lambda mode parameters take no annotation and
 * a parameter without a following comma must be followed by ':' instead of ')'.
 * CPython: Grammar/python.gram (Function parameters, Lambda functions).
 */
final class ParamRules {
    private ParamRules() {}

    // parameters:
    //     | slash_no_default param_no_default* param_with_default* [star_etc]
    //     | slash_with_default param_with_default* [star_etc]
    //     | param_no_default+ param_with_default* [star_etc]
    //     | param_with_default+ [star_etc]
    //     | star_etc
    /** CHECK_VERSION of positional-only parameters. */
    private static Arguments positionalOnly(ExpressionRules p, Arguments args) {
        return p.checkVersion(8, "Positional-only parameters are", args);
    }

    static Arguments parameters(ExpressionRules p, boolean lambda) {
        p.enter(1);
        return p.leave(1, parametersRule(p, lambda));
    }

    private static Arguments parametersRule(ExpressionRules p, boolean lambda) {
        int start = p.mark;
        List<Arg> a = slashNoDefault(p, lambda);
        if (a != null) {
            List<Arg> b = paramNoDefaultStar(p, lambda);
            List<NameDefaultPair> c = paramWithDefaultStar(p, lambda);
            StarEtc d = starEtc(p, lambda);
            return positionalOnly(p, ActionHelpers.makeArguments(a, null, b, c, d));
        }
        p.mark = start;
        SlashWithDefault sw = slashWithDefault(p, lambda);
        if (sw != null) {
            List<NameDefaultPair> b = paramWithDefaultStar(p, lambda);
            StarEtc c = starEtc(p, lambda);
            return positionalOnly(p, ActionHelpers.makeArguments(null, sw, null, b, c));
        }
        p.mark = start;
        List<Arg> plain = paramNoDefaultStar(p, lambda);
        if (!plain.isEmpty()) {
            List<NameDefaultPair> b = paramWithDefaultStar(p, lambda);
            StarEtc c = starEtc(p, lambda);
            return ActionHelpers.makeArguments(null, null, plain, b, c);
        }
        List<NameDefaultPair> withDefault = paramWithDefaultStar(p, lambda);
        if (!withDefault.isEmpty()) {
            StarEtc b = starEtc(p, lambda);
            return ActionHelpers.makeArguments(null, null, null, withDefault, b);
        }
        StarEtc se = starEtc(p, lambda);
        if (se != null) {
            return ActionHelpers.makeArguments(null, null, null, null, se);
        }
        p.mark = start;
        return null;
    }

    /** ',' or the lookahead &')' (&':' for lambda) that ends a parameter. */
    private static boolean paramEnd(ExpressionRules p, boolean lambda) {
        if (p.expect(PegenCore.COMMA) != null) {
            return true;
        }
        return p.check(lambda ? PegenCore.COLON : PegenCore.RPAR);
    }

    // slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
    static List<Arg> slashNoDefault(ExpressionRules p, boolean lambda) {
        p.enter(1);
        return p.leave(1, slashNoDefaultRule(p, lambda));
    }

    private static List<Arg> slashNoDefaultRule(ExpressionRules p, boolean lambda) {
        int start = p.mark;
        List<Arg> a = paramNoDefaultStar(p, lambda);
        if (!a.isEmpty() && p.expect(PegenCore.SLASH) != null && paramEnd(p, lambda)) {
            return a;
        }
        p.mark = start;
        return null;
    }

    // slash_with_default: param_no_default* param_with_default+ '/' ',' | ... '/' &')'
    static SlashWithDefault slashWithDefault(ExpressionRules p, boolean lambda) {
        p.enter(1);
        return p.leave(1, slashWithDefaultRule(p, lambda));
    }

    private static SlashWithDefault slashWithDefaultRule(ExpressionRules p, boolean lambda) {
        int start = p.mark;
        List<Arg> a = paramNoDefaultStar(p, lambda);
        List<NameDefaultPair> b = paramWithDefaultStar(p, lambda);
        if (!b.isEmpty() && p.expect(PegenCore.SLASH) != null && paramEnd(p, lambda)) {
            return new SlashWithDefault(a, b);
        }
        p.mark = start;
        return null;
    }

    // star_etc: invalid_star_etc | '*' param_no_default param_maybe_default* [kwds]
    //     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
    //     | '*' ',' param_maybe_default+ [kwds] | kwds
    static StarEtc starEtc(ExpressionRules p, boolean lambda) {
        p.enter(1);
        return p.leave(1, starEtcRule(p, lambda));
    }

    private static StarEtc starEtcRule(ExpressionRules p, boolean lambda) {
        int start = p.mark;
        if (p.callInvalidRules) {
            p.invalidStarEtc(lambda);
            p.mark = start;
        }
        if (p.expect(PegenCore.STAR) != null) {
            int afterStar = p.mark;
            Arg a = paramNoDefault(p, lambda);
            if (a == null && !lambda) {
                p.mark = afterStar;
                a = paramNoDefaultStarAnnotation(p);
            }
            if (a != null) {
                List<NameDefaultPair> b = paramMaybeDefaultStar(p, lambda);
                Arg c = kwds(p, lambda);
                return new StarEtc(a, b, c);
            }
            p.mark = afterStar;
            if (p.expect(PegenCore.COMMA) != null) {
                List<NameDefaultPair> b = paramMaybeDefaultStar(p, lambda);
                if (!b.isEmpty()) {
                    Arg c = kwds(p, lambda);
                    return new StarEtc(null, b, c);
                }
            }
            p.mark = start;
        }
        Arg a = kwds(p, lambda);
        if (a != null) {
            return new StarEtc(null, null, a);
        }
        p.mark = start;
        return null;
    }

    // kwds: invalid_kwds | '**' param_no_default
    static Arg kwds(ExpressionRules p, boolean lambda) {
        p.enter(1);
        return p.leave(1, kwdsRule(p, lambda));
    }

    private static Arg kwdsRule(ExpressionRules p, boolean lambda) {
        int start = p.mark;
        if (p.callInvalidRules) {
            p.invalidKwds(lambda);
            p.mark = start;
        }
        if (p.expect(PegenCore.DOUBLESTAR) != null) {
            Arg a = paramNoDefault(p, lambda);
            if (a != null) {
                return a;
            }
        }
        p.mark = start;
        return null;
    }

    static List<Arg> paramNoDefaultStar(ExpressionRules p, boolean lambda) {
        p.enter(1);
        return p.leave(1, paramNoDefaultStarRule(p, lambda));
    }

    private static List<Arg> paramNoDefaultStarRule(ExpressionRules p, boolean lambda) {
        List<Arg> l = new ArrayList<>();
        Arg a;
        while ((a = paramNoDefault(p, lambda)) != null) {
            l.add(a);
        }
        return l;
    }

    static List<NameDefaultPair> paramWithDefaultStar(ExpressionRules p, boolean lambda) {
        p.enter(1);
        return p.leave(1, paramWithDefaultStarRule(p, lambda));
    }

    private static List<NameDefaultPair> paramWithDefaultStarRule(ExpressionRules p, boolean lambda) {
        List<NameDefaultPair> l = new ArrayList<>();
        NameDefaultPair a;
        while ((a = paramWithDefault(p, lambda, false)) != null) {
            l.add(a);
        }
        return l;
    }

    static List<NameDefaultPair> paramMaybeDefaultStar(ExpressionRules p, boolean lambda) {
        p.enter(1);
        return p.leave(1, paramMaybeDefaultStarRule(p, lambda));
    }

    private static List<NameDefaultPair> paramMaybeDefaultStarRule(ExpressionRules p, boolean lambda) {
        List<NameDefaultPair> l = new ArrayList<>();
        NameDefaultPair a;
        while ((a = paramWithDefault(p, lambda, true)) != null) {
            l.add(a);
        }
        return l;
    }

    // param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
    static Arg paramNoDefault(ExpressionRules p, boolean lambda) {
        p.enter(1);
        return p.leave(1, paramNoDefaultRule(p, lambda));
    }

    private static Arg paramNoDefaultRule(ExpressionRules p, boolean lambda) {
        int start = p.mark;
        Arg a = param(p, lambda);
        Arg r = a == null ? null : paramEndTyped(p, a, lambda);
        if (r == null) {
            p.mark = start;
        }
        return r;
    }

    /**
     * The end of a parameter: ',' TYPE_COMMENT? | TYPE_COMMENT? &')' (for lambda: ',' | &':');
     * the parameter with the type comment added, or null.
     */
    private static Arg paramEndTyped(ExpressionRules p, Arg a, boolean lambda) {
        if (p.expect(PegenCore.COMMA) != null) {
            return lambda ? a : withTypeComment(a, p.expect(PegenCore.TYPE_COMMENT));
        }
        if (lambda) {
            return p.check(PegenCore.COLON) ? a : null;
        }
        PegenToken tc = p.expect(PegenCore.TYPE_COMMENT);
        return p.check(PegenCore.RPAR) ? withTypeComment(a, tc) : null;
    }

    /** _PyPegen_add_type_comment_to_arg: a copy of a carrying the comment, placed as a is. */
    private static Arg withTypeComment(Arg a, PegenToken tc) {
        if (tc == null) {
            return a;
        }
        return new Arg(a.arg, a.annotation, tc.string, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
    }

    // param_no_default_star_annotation: param_star_annotation ',' TYPE_COMMENT? | param_star_annotation TYPE_COMMENT? &')'
    private static Arg paramNoDefaultStarAnnotation(ExpressionRules p) {
        p.enter(2);
        return p.leave(2, paramNoDefaultStarAnnotationRule(p));
    }

    private static Arg paramNoDefaultStarAnnotationRule(ExpressionRules p) {
        int start = p.mark;
        PegenToken s = p.peek();
        Name n = p.name();
        if (n != null && p.expect(PegenCore.COLON) != null) {
            p.enter(1); // star_annotation
            ExprTy b = p.leave(1, p.starExpression());
            if (b != null) {
                Arg a = paramEndTyped(p, p.at(new Arg(n.id, b, null, 0, 0, 0, 0), s), false);
                if (a != null) {
                    return a;
                }
            }
        }
        p.mark = start;
        return null;
    }

    // param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
    // param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
    static NameDefaultPair paramWithDefault(ExpressionRules p, boolean lambda, boolean maybe) {
        p.enter(1);
        return p.leave(1, paramWithDefaultRule(p, lambda, maybe));
    }

    private static NameDefaultPair paramWithDefaultRule(ExpressionRules p, boolean lambda, boolean maybe) {
        int start = p.mark;
        Arg a = param(p, lambda);
        if (a != null) {
            ExprTy c = defaultValue(p);
            Arg typed = c != null || maybe ? paramEndTyped(p, a, lambda) : null;
            if (typed != null) {
                return new NameDefaultPair(typed, c);
            }
        }
        p.mark = start;
        return null;
    }

    // param: NAME annotation?     lambda_param: NAME
    static Arg param(ExpressionRules p, boolean lambda) {
        p.enter(1);
        return p.leave(1, paramRule(p, lambda));
    }

    private static Arg paramRule(ExpressionRules p, boolean lambda) {
        int start = p.mark;
        PegenToken s = p.peek();
        Name n = p.name();
        if (n == null) {
            return null;
        }
        ExprTy ann = null;
        if (!lambda) {
            int m = p.mark;
            if (p.expect(PegenCore.COLON) != null) {
                p.enter(1); // annotation
                ann = p.leave(1, p.expression());
                if (ann == null) {
                    p.mark = m;
                }
            }
        }
        return p.at(new Arg(n.id, ann, null, 0, 0, 0, 0), s);
    }

    // default: '=' expression | invalid_default
    static ExprTy defaultValue(ExpressionRules p) {
        p.enter(1);
        return p.leave(1, defaultValueRule(p));
    }

    private static ExprTy defaultValueRule(ExpressionRules p) {
        int start = p.mark;
        if (p.expect(PegenCore.EQUAL) != null) {
            ExprTy a = p.expression();
            if (a != null) {
                return a;
            }
        }
        p.mark = start;
        if (p.callInvalidRules) {
            p.invalidDefault();
            p.mark = start;
        }
        return null;
    }
}
