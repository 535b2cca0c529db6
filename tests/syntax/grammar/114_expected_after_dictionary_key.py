{**a, f(K SMALL)}
