# A bare raise keeps the original traceback.
def risky():
    return {}["missing"]
try:
    risky()
except KeyError:
    print("cleaning up")
    raise
