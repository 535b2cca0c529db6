c 1 (ss d)
