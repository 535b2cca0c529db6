class C:
    """doc \e"""
print(C.__doc__)
