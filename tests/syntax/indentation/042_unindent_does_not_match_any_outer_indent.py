while True:
    break
   continue
