# sys.exit with an int status: output flushed, status returned.
import sys
print("before exit")
sys.exit(3)
print("never")
