[i for i in (lambda: (j := range(5)))()]
