a if b else [c for c in d]
