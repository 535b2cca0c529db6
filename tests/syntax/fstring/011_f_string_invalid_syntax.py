o = f"{lambda x: x}"
