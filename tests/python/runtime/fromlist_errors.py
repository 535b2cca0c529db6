# from-imports of a package's submodules: a submodule that does not exist is
# "cannot import name"; one whose own import fails reports that failure.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from fromlistpkg import fine
print(fine.VALUE)
try:
    from fromlistpkg import missing
except ImportError as e:
    print(type(e).__name__, str(e).replace(HERE, '<here>'), e.name)
try:
    from fromlistpkg import broken
except ImportError as e:
    print(type(e).__name__, str(e).replace(HERE, '<here>'), e.name)
print(sorted(k for k in sys.modules if k.startswith('fromlistpkg')))
