# An exception raised by __exit__ while another propagates, left uncaught.
class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise OSError(5, "flush failed")

with Resource():
    [1, 2, 3].index(4)
