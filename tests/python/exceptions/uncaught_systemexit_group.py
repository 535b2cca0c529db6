# SystemExit nested in a group is not an exit: the group is printed.
raise BaseExceptionGroup("exits", [SystemExit(3), KeyboardInterrupt()])
