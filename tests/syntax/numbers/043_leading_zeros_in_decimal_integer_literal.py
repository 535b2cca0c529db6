# coding: latin-1
x = 012 + 'é'
