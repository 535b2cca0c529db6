while 0: pass
else: continue
