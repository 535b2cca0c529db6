"foo\\\
x bar\" dfadf"|foo\\x bar" dfadf|
