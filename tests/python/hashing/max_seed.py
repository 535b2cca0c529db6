import sys

print(sys.flags.hash_randomization, hash("") == 0, hash(b"") == 0)
print(hash("abc") == hash("abc"), {"kiwi", "lemon"} == {"lemon", "kiwi"})
print(hash('kiwi'), hash(b'kiwi'), {'kiwi', 'lemon', 'mango', 'pear', 'plum', 'fig'})
