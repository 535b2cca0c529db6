POI{L = POINT
class S:
    pass
