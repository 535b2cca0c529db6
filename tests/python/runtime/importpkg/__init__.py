"""A package for imports.py."""
from . import sub
from .sub import val
X = 1
