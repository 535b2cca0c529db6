s = 'éé'; print(s is 'éé')
