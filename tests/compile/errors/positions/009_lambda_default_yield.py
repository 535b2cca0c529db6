g = lambda a=(yield): a
