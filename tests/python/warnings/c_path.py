# _warnings on its own, as the interpreter uses it before the warnings module is imported.
import _warnings

print(_warnings.filters)
print(_warnings._defaultaction, type(_warnings._onceregistry).__name__)


def old_api():
    _warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


if True:
    old_api()
for i in range(2):
    _warnings.warn("shown once for this line")
_warnings.warn("a runtime warning", RuntimeWarning)
_warnings.warn_explicit("explicit", UserWarning, "nowhere.py", 4)
print(sorted(repr(k) for k in __warningregistry__ if k != "version"))
