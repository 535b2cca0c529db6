w = f"{x}" b""
