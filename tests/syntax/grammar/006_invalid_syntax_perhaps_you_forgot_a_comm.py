[a b c]
