# finally output appears before the traceback.
def work():
    try:
        print("working")
        return [] + None
    finally:
        print("finally runs")
work()
