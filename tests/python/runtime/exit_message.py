# sys.exit with a message: printed to stderr, status 1; finally blocks run.
import sys
try:
    print("in try")
    sys.exit("fatal: something went wrong")
finally:
    print("finally runs")
