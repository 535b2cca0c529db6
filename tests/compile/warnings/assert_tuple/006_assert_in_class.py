class C:
    assert ('always', 'true')
