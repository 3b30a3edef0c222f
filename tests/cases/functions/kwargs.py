# **kwargs collects extra keyword arguments into a dict.
def config(name, **options):
    return name, options
print(config("db"), config("db", host="x", port=1))
def show(**kw):
    return [f"{k}={v}" for k, v in kw.items()]
print(show(b=2, a=1), show(**{"z": 0}), show())
def everything(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(everything(1, c=3))
print(everything(1, 5, 6, 7, c=8, e=9))
