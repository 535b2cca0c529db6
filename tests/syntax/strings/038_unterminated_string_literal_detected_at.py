x = rb"abc
