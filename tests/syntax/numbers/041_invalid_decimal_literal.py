x = .5a
