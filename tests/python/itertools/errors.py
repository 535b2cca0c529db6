import itertools as it
cases = ["it.count('a')","it.count(1,'a')","it.count(x=1)","it.cycle()","it.cycle(1)","it.cycle([],x=1)","it.repeat()","it.repeat(1,2,3)","it.repeat(1,'a')",
"it.accumulate()","it.accumulate([],None,None)","it.chain(x=1)","it.chain.from_iterable()","it.compress([])","it.compress(data=[],selectors=[],x=1)",
"it.dropwhile(None)","it.dropwhile(None,[],x=1)","it.takewhile(1)","it.filterfalse(1)","it.groupby()","it.groupby([],None,1)","it.islice()","it.islice([])","it.islice([],-1)","it.islice([],'a')",
"it.islice([],1,-1)","it.islice([],-2)","it.islice([],'a',3)","it.islice([],1,2,0)","it.islice([],1,2,'x')","it.islice([],1,2,3,4)","it.islice([],x=1)","it.starmap(1)","it.tee()","it.tee([],-1)","it.tee([],'a')","it.zip_longest(x=1)",
"it.zip_longest(fillvalue=1, x=2)","it.pairwise()","it.product(1)","it.product(x=1)","it.product([],repeat=-1)","it.permutations()","it.permutations([],-1)","it.permutations([],'a')","it.combinations([])","it.combinations([],-1)",
"it.combinations_with_replacement([],-1)","it.combinations([], 'a')","next(it.starmap(len,[1]))","it._tee()","it._tee(1)","type(it.tee([])[0])()",
"list(it.accumulate([1,2],initial=3,x=1))","it.takewhile(1,2,3)","it.cycle(1,2)","next(it.accumulate([1,'a']))","list(it.accumulate([1,'a']))",
"it.tee([], 2, 3)","it.pairwise(1)","it.chain.from_iterable(1)","list(it.chain(1))","it.zip_longest(1)", "it.repeat(times=2)"]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", type(r).__name__)
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
# re-entering a tee
def gen():
    yield next(t[0])
t = it.tee(gen())
try:
    next(t[0])
except RuntimeError as e:
    print('RuntimeError', e)
