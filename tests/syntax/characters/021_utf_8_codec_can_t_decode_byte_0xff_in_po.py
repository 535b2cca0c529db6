# coding: utf8
x='ÿ'
