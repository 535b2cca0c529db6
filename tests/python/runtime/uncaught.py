# An uncaught exception prints the traceback with 3.11's markers and exits 1.
def average(values):
    return sum(values) / len(values)


def report(data):
    table = {"a": data}
    return average(table["a"]) + table["b"]


print("start")
report([1, 2, 3])
