print(
    'a',
    '\y',
)
