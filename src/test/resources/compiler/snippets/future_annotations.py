from __future__ import annotations
import typing

x: int = 1
y: list[dict[str, int | None]]
z: typing.Callable[[int, str], bool] = None


def f(a: "quoted", b: tuple[int, ...], *args: int, c: 1 if x else 2, **kw: a and b or not c) -> x < y <= z:
    local: Foo[1:2, ::3] = 0
    return local


class C:
    attr: {1: 2, **d} | {3, 4} = 5
    other: -x + ~y * z ** 2
