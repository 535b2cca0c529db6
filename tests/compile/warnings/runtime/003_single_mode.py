exec(compile("1 is 1\n", "<input>", "single"))
exec(compile("assert (1, 2)\n", "<input>", "single"))
