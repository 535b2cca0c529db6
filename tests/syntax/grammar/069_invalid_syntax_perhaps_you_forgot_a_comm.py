foo(
   a,
   b c
)
