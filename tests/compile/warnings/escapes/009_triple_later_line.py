s = '''first
second \w
third'''
print(len(s))
