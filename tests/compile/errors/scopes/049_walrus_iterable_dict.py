d = {k: v for k, v in (pairs := [(1, 2)])}
