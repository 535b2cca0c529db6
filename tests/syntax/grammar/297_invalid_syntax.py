def f(a: ) : pass
