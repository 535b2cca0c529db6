x = 'ééé'; continue
