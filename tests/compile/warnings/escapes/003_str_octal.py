print('\400')
