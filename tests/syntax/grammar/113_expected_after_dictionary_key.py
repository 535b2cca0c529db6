{1: 2, K SMALL: 3}
