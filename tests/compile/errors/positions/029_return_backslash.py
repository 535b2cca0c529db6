return \
    1
