print('abc'
      '\p')
