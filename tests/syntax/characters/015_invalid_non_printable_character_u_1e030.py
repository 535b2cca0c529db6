x = a𞀰
