n = f"{a['key']} {b["k"] if 0 else 1}"
