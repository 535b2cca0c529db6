名前 = '日本'; return 名前
