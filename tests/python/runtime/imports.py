# Importing source modules: a package next to the script, relative imports, stdlib modules.
import sys
import importpkg
import importpkg.sub as s
from importpkg import sub, X
from importpkg.sub import double

print(importpkg.X, s.val, sub.val, importpkg.val, double(), X)
print(importpkg.__name__, importpkg.__package__, sub.__name__, sub.__package__)
print(importpkg.__doc__, "importpkg.sub" in sys.modules, sys.modules["importpkg"] is importpkg)
import keyword
print(keyword.iskeyword("def"), keyword.kwlist[:3])
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from importpkg import missing_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
