try:
    pass
except:
    pass
except (ValueError,
        TypeError):
    pass
