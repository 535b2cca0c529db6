# coding: koi8-
x = 1
