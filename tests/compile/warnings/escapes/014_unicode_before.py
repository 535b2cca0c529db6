print('ééé', '\q')
