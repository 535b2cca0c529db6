# warnings.warn through _warnings: filters, registries, stack levels and how warnings are shown.
# The code runs from a "<warntest>" file name, which has no source lines to print.
import warnings

SOURCE = '''
def helper(n):
    warnings.warn("from helper %d" % n, stacklevel=2)

def deep():
    helper(99)

for i in range(3):
    warnings.warn("in loop")
    helper(i)

warnings.warn("deprecated here", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("future", FutureWarning)
warnings.warn("syntax", category=SyntaxWarning)
warnings.warn("level zero", stacklevel=0)
warnings.warn("level far", stacklevel=50)
deep()

keys = sorted((k for k in __warningregistry__ if k != "version"), key=repr)
for k in keys:
    print("registry", k[0], k[1].__name__, k[2])
print("version in registry:", "version" in __warningregistry__)

try:
    warnings.warn("bad", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError:", e)

warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always shown")

warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("once only")
    helper(7)

warnings.resetwarnings()
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("module once")
    warnings.warn("module once")

warnings.resetwarnings()
warnings.simplefilter("ignore", UserWarning)
warnings.warn("ignored")
warnings.warn("not ignored", RuntimeWarning)

warnings.resetwarnings()
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("caught", repr(e), type(e).__name__)
try:
    warnings.warn(FutureWarning("boom 2"))
except FutureWarning as e:
    print("caught", repr(e))

warnings.resetwarnings()
warnings.filterwarnings("error", category=DeprecationWarning, lineno=71)
warnings.warn("line 69 only warns", DeprecationWarning)
try:
    warnings.warn("line 71 raises", DeprecationWarning)
except DeprecationWarning as e:
    print("caught", e)
'''

exec(compile(SOURCE, "<warntest>", "exec"))
print("done")
