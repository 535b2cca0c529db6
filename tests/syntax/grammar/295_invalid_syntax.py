x = a->b
