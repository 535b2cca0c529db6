"""How deep recursion gets before RecursionError, and its message, for plain calls and for recursion through
__getattr__, __repr__, __str__, operators, comparisons, __call__, __init__, generators, map, properties,
comprehensions, __instancecheck__ and eval, under several limits: the first round shows CPython's warm-up (code not
yet quickened counts its builtin calls as levels), the later ones the steady state."""

import sys

depth = 0
maxd = 0


def enter():
    global depth, maxd
    depth += 1
    if depth > maxd:
        maxd = depth


def plain():
    enter()
    try:
        plain()
    finally:
        global depth
        depth -= 1


class GetAttr:
    def __getattr__(self, name):
        enter()
        try:
            return getattr(self, name)
        finally:
            global depth
            depth -= 1


class Repr:
    def __repr__(self):
        enter()
        try:
            return repr(self)
        finally:
            global depth
            depth -= 1


class Str:
    def __str__(self):
        enter()
        try:
            return str(self)
        finally:
            global depth
            depth -= 1


class Add:
    def __add__(self, other):
        enter()
        try:
            return self + other
        finally:
            global depth
            depth -= 1


class Lt:
    def __lt__(self, other):
        enter()
        try:
            return self < other
        finally:
            global depth
            depth -= 1


class Call:
    def __call__(self):
        enter()
        try:
            return self()
        finally:
            global depth
            depth -= 1


class Init:
    def __init__(self):
        enter()
        try:
            Init()
        finally:
            global depth
            depth -= 1


def gen():
    enter()
    try:
        yield next(gen())
    finally:
        global depth
        depth -= 1


def genfrom():
    enter()
    try:
        yield from genfrom()
    finally:
        global depth
        depth -= 1


def star(*args):
    enter()
    try:
        star(*args)
    finally:
        global depth
        depth -= 1


def viamap(x):
    enter()
    try:
        list(map(viamap, [x]))
    finally:
        global depth
        depth -= 1


class Prop:
    @property
    def p(self):
        enter()
        try:
            return self.p
        finally:
            global depth
            depth -= 1


def comp():
    enter()
    try:
        [comp() for _ in [0]]
    finally:
        global depth
        depth -= 1


class Meta(type):
    def __instancecheck__(cls, obj):
        enter()
        try:
            return isinstance(obj, cls)
        finally:
            global depth
            depth -= 1


class Checked(metaclass=Meta):
    pass


def evals():
    enter()
    try:
        eval('evals()')
    finally:
        global depth
        depth -= 1


CASES = [('plain', plain), ('getattr', lambda: GetAttr().x), ('repr', lambda: repr(Repr())),
         ('str', lambda: str(Str())), ('add', lambda: Add() + 1), ('lt', lambda: Lt() < 1), ('call', lambda: Call()()),
         ('init', Init), ('gen', lambda: next(gen())), ('yield from', lambda: next(genfrom())), ('star', star),
         ('map', lambda: viamap(0)), ('property', lambda: Prop().p), ('comprehension', comp),
         ('instancecheck', lambda: isinstance(1, Checked)), ('eval', evals)]


def run(limit):
    global maxd, depth
    sys.setrecursionlimit(limit)
    for name, f in CASES:
        maxd = depth = 0
        try:
            f()
        except RecursionError as e:
            print(limit, name, maxd, e)
    sys.setrecursionlimit(1000)


for limit in [60, 100, 1000, 60, 2500]:
    run(limit)
