import pkg.calls
print("imported")
pkg.calls.f()
