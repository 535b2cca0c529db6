# -*- coding: koi8-r -*-
x = 012 + 'По'
