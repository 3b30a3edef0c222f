# An uncaught exception leaves a with block: __exit__ prints first, then the traceback goes to stderr.
class Cleanup:
    def __enter__(self):
        print("acquire")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("release after", exc_type.__name__)


def work(data):
    with Cleanup():
        return data["key"]


work({"other": 1})
