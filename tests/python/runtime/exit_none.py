# SystemExit(None) and raising SystemExit directly exit with status 0.
print("bye")
raise SystemExit
