package org.sanca.parser;

import static org.sanca.parser.ActionHelpers.orEmpty;
import static org.sanca.parser.ActionHelpers.singleton;
import static org.sanca.parser.ExpressionRules.M_DEL_TARGET;
import static org.sanca.parser.ExpressionRules.M_STAR_TARGET;
import static org.sanca.parser.ExpressionRules.M_TARGET_WITH_STAR_ATOM;
import static org.sanca.parser.PegenCore.COMMA;
import static org.sanca.parser.PegenCore.DOT;
import static org.sanca.parser.PegenCore.LPAR;
import static org.sanca.parser.PegenCore.LSQB;
import static org.sanca.parser.PegenCore.NAME;
import static org.sanca.parser.PegenCore.RPAR;
import static org.sanca.parser.PegenCore.RSQB;
import static org.sanca.parser.PegenCore.STAR;

import java.util.List;

import org.sanca.ast.Attribute;
import org.sanca.ast.ExprContextTy;
import org.sanca.ast.ExprTy;
import org.sanca.ast.Name;
import org.sanca.ast.Starred;
import org.sanca.ast.Subscript;
import org.sanca.ast.Tuple;

/**
 * The assignment and deletion target rules (star_targets, star_target, star_atom,
 * single_target, del_targets, ...); t_primary stays with the expressions.
 * CPython: Grammar/python.gram (ASSIGNMENT TARGETS).
 */
final class TargetRules {
    private TargetRules() {}


    // star_targets: star_target !',' | star_target (',' star_target)* [',']
    static ExprTy starTargets(ExpressionRules p) {
        p.enter(1);
        return p.leave(1, starTargetsRule(p));
    }

    private static ExprTy starTargetsRule(ExpressionRules p) {
        int start = p.mark;
        PegenToken s = p.peek();
        ExprTy a = starTarget(p);
        if (a == null) {
            return null;
        }
        if (!p.check(COMMA)) {
            return a;
        }
        List<ExprTy> elts = singleton(a);
        while (true) {
            int m = p.mark;
            if (p.expect(COMMA) == null) {
                break;
            }
            p.enter(2); // (',' star_target)*: a _loop rule and a _tmp rule
            ExprTy b = p.leave(2, starTarget(p));
            if (b == null) {
                p.mark = m;
                break;
            }
            elts.add(b);
        }
        p.expect(COMMA);
        return p.at(new Tuple(elts, ExprContextTy.Store, 0, 0, 0, 0), s);
    }

    // star_targets_list_seq: ','.star_target+ [',']
    private static List<ExprTy> starTargetsListSeq(ExpressionRules p) {
        p.enter(2);
        return p.leave(2, starTargetsListSeqRule(p));
    }

    private static List<ExprTy> starTargetsListSeqRule(ExpressionRules p) {
        ExprTy a = starTarget(p);
        if (a == null) {
            return null;
        }
        List<ExprTy> l = singleton(a);
        while (true) {
            int m = p.mark;
            if (p.expect(COMMA) == null) {
                break;
            }
            p.enter(1); // the _loop rule of the repeat
            ExprTy b = p.leave(1, starTarget(p));
            if (b == null) {
                p.mark = m;
                break;
            }
            l.add(b);
        }
        p.expect(COMMA);
        return l;
    }

    // star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
    private static List<ExprTy> starTargetsTupleSeq(ExpressionRules p) {
        p.enter(1);
        return p.leave(1, starTargetsTupleSeqRule(p));
    }

    private static List<ExprTy> starTargetsTupleSeqRule(ExpressionRules p) {
        int start = p.mark;
        List<ExprTy> l = starTargetsListSeq(p);
        if (l == null) {
            return null;
        }
        if (l.size() == 1 && p.tokens[p.mark - 1].type != COMMA) {
            p.mark = start;
            return null;
        }
        return l;
    }

    // star_target (memo): '*' (!'*' star_target) | target_with_star_atom
    static ExprTy starTarget(ExpressionRules p) {
        p.enter(1);
        return p.leave(1, starTargetRule(p));
    }

    private static ExprTy starTargetRule(ExpressionRules p) {
        int start = p.mark;
        Object m = p.memo(M_STAR_TARGET);
        if (m != PegenCore.NO_MEMO) {
            return (ExprTy) m;
        }
        PegenToken s = p.peek();
        ExprTy r = null;
        if (p.expect(STAR) != null && !p.check(STAR)) {
            ExprTy a = starTarget(p);
            if (a != null) {
                r = p.at(new Starred(ActionHelpers.setContext(a, ExprContextTy.Store), ExprContextTy.Store, 0, 0, 0, 0), s);
            }
        }
        if (r == null) {
            p.mark = start;
            r = targetWithStarAtom(p);
        }
        p.insertMemo(start, M_STAR_TARGET, r);
        return r;
    }

    // target_with_star_atom (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
    private static ExprTy targetWithStarAtom(ExpressionRules p) {
        p.enter(1);
        return p.leave(1, targetWithStarAtomRule(p));
    }

    private static ExprTy targetWithStarAtomRule(ExpressionRules p) {
        int start = p.mark;
        Object m = p.memo(M_TARGET_WITH_STAR_ATOM);
        if (m != PegenCore.NO_MEMO) {
            return (ExprTy) m;
        }
        ExprTy r = subscriptAttributeTarget(p, ExprContextTy.Store);
        if (r == null) {
            r = starAtom(p);
        }
        p.insertMemo(start, M_TARGET_WITH_STAR_ATOM, r);
        return r;
    }

    /** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, in the given context. */
    static ExprTy subscriptAttributeTarget(ExpressionRules p, ExprContextTy ctx) {
        int start = p.mark;
        PegenToken s = p.peek();
        ExprTy a = p.tPrimary();
        if (a != null) {
            int m = p.mark;
            if (p.expect(DOT) != null) {
                Name b = p.name();
                if (b != null && !p.tLookahead()) {
                    return p.at(new Attribute(a, b.id, ctx, 0, 0, 0, 0), s);
                }
            }
            p.mark = m;
            if (p.expect(LSQB) != null) {
                ExprTy b = p.slices();
                if (b != null && p.expect(RSQB) != null && !p.tLookahead()) {
                    return p.at(new Subscript(a, b, ctx, 0, 0, 0, 0), s);
                }
            }
        }
        p.mark = start;
        return null;
    }

    // star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' | '[' [star_targets_list_seq] ']'
    private static ExprTy starAtom(ExpressionRules p) {
        p.enter(1);
        return p.leave(1, starAtomRule(p));
    }

    private static ExprTy starAtomRule(ExpressionRules p) {
        int start = p.mark;
        PegenToken s = p.peek();
        if (s.type == NAME) {
            p.mark++;
            return ActionHelpers.setContext(p.nameOf(s), ExprContextTy.Store);
        }
        if (p.expect(LPAR) != null) {
            ExprTy a = targetWithStarAtom(p);
            if (a != null && p.expect(RPAR) != null) {
                return ActionHelpers.setContext(a, ExprContextTy.Store);
            }
            p.mark = start + 1;
            List<ExprTy> l = starTargetsTupleSeq(p);
            if (p.expect(RPAR) != null) {
                return p.at(new Tuple(orEmpty(l), ExprContextTy.Store, 0, 0, 0, 0), s);
            }
        } else if (p.expect(LSQB) != null) {
            List<ExprTy> l = starTargetsListSeq(p);
            if (p.expect(RSQB) != null) {
                return p.at(new org.sanca.ast.List(orEmpty(l), ExprContextTy.Store, 0, 0, 0, 0), s);
            }
        }
        p.mark = start;
        return null;
    }

    // single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
    static ExprTy singleTarget(ExpressionRules p) {
        p.enter(1);
        return p.leave(1, singleTargetRule(p));
    }

    private static ExprTy singleTargetRule(ExpressionRules p) {
        int start = p.mark;
        p.enter(1); // single_subscript_attribute_target
        ExprTy r = p.leave(1, subscriptAttributeTarget(p, ExprContextTy.Store));
        if (r != null) {
            return r;
        }
        PegenToken s = p.peek();
        if (s.type == NAME) {
            p.mark++;
            return ActionHelpers.setContext(p.nameOf(s), ExprContextTy.Store);
        }
        if (p.expect(LPAR) != null) {
            ExprTy a = singleTarget(p);
            if (a != null && p.expect(RPAR) != null) {
                return a;
            }
        }
        p.mark = start;
        return null;
    }

    // del_targets: ','.del_target+ [',']
    static List<ExprTy> delTargets(ExpressionRules p) {
        p.enter(2);
        return p.leave(2, delTargetsRule(p));
    }

    private static List<ExprTy> delTargetsRule(ExpressionRules p) {
        ExprTy a = delTarget(p);
        if (a == null) {
            return null;
        }
        List<ExprTy> l = singleton(a);
        while (true) {
            int m = p.mark;
            if (p.expect(COMMA) == null) {
                break;
            }
            ExprTy b = delTarget(p);
            if (b == null) {
                p.mark = m;
                break;
            }
            l.add(b);
        }
        p.expect(COMMA);
        return l;
    }

    // del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
    private static ExprTy delTarget(ExpressionRules p) {
        p.enter(1);
        return p.leave(1, delTargetRule(p));
    }

    private static ExprTy delTargetRule(ExpressionRules p) {
        int start = p.mark;
        Object m = p.memo(M_DEL_TARGET);
        if (m != PegenCore.NO_MEMO) {
            return (ExprTy) m;
        }
        ExprTy r = subscriptAttributeTarget(p, ExprContextTy.Del);
        if (r == null) {
            r = delTAtom(p);
        }
        p.insertMemo(start, M_DEL_TARGET, r);
        return r;
    }

    // del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
    private static ExprTy delTAtom(ExpressionRules p) {
        p.enter(1);
        return p.leave(1, delTAtomRule(p));
    }

    private static ExprTy delTAtomRule(ExpressionRules p) {
        int start = p.mark;
        PegenToken s = p.peek();
        if (s.type == NAME) {
            p.mark++;
            return ActionHelpers.setContext(p.nameOf(s), ExprContextTy.Del);
        }
        if (p.expect(LPAR) != null) {
            ExprTy a = delTarget(p);
            if (a != null && p.expect(RPAR) != null) {
                return ActionHelpers.setContext(a, ExprContextTy.Del);
            }
            p.mark = start + 1;
            List<ExprTy> l = delTargets(p);
            if (p.expect(RPAR) != null) {
                return p.at(new Tuple(orEmpty(l), ExprContextTy.Del, 0, 0, 0, 0), s);
            }
        } else if (p.expect(LSQB) != null) {
            List<ExprTy> l = delTargets(p);
            if (p.expect(RSQB) != null) {
                return p.at(new org.sanca.ast.List(orEmpty(l), ExprContextTy.Del, 0, 0, 0, 0), s);
            }
        }
        p.mark = start;
        return null;
    }
}
