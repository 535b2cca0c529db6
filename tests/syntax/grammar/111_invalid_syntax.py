c.x 1 (ss d)
