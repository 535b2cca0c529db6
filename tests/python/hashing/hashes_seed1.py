import sys
import hashcases

hashcases.main()
print(sys.flags.hash_randomization)
