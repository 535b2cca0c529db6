x = 1; y = 2; break; z = 3
