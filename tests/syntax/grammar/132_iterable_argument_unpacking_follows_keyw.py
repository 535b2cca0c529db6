class C(* (g) , * ,): pass
