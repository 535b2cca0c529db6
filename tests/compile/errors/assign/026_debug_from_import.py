from x import __debug__
