'''


abc