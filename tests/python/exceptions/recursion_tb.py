# RecursionError's traceback: "[Previous line repeated N more times]".
import sys
sys.setrecursionlimit(60)

def down(n):
    return down(n + 1)

def ping(n):
    return pong(n)

def pong(n):
    return ping(n)

try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    ping(0)
except RecursionError as e:
    print(type(e).__name__, e)

def repeat(n):
    if n == 0:
        raise ValueError("at the bottom")
    repeat(n - 1)

try:
    repeat(8)
except ValueError as e:
    sys.excepthook(ValueError, e, e.__traceback__)
try:
    repeat(3)
except ValueError as e:
    sys.excepthook(ValueError, e, e.__traceback__)
down(0)
