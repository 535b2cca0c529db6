{i: 1 for i in [j for j in range(5) if (j := True)]}
