# Functions stored on the class become bound methods; functions stored on an instance do not.
def shout(self_or_text):
    return str(self_or_text).upper() + "!"


class Speaker:
    method = shout
    plain_callable = len

    def __str__(self):
        return "speaker"


s = Speaker()
print(s.method())
s.instance_fn = shout
print(s.instance_fn("hi"))
print(s.plain_callable("abcd"))
s.lam = lambda: "no self here"
print(s.lam())
Speaker.added_later = lambda self, n: n * 2
print(s.added_later(21))
