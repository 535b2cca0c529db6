# coding: latin-1
x = "été"
naïve = 1
