with a as b, c as 1: pass
