{**a, x if y}
