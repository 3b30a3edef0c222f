# except* splits an ExceptionGroup of user exceptions by type; unmatched ones propagate.
class NetError(Exception):
    pass


class DiskError(Exception):
    pass


def run_all():
    raise ExceptionGroup("batch failed", [NetError("timeout"), DiskError("full"), NetError("reset")])


try:
    run_all()
except* NetError as g:
    print("net:", [str(e) for e in g.exceptions])
except* DiskError as g:
    print("disk:", [str(e) for e in g.exceptions], g.message)

try:
    try:
        run_all()
    except* DiskError:
        print("handled disk only")
except ExceptionGroup as rest:
    print("left over:", rest.message, [str(e) for e in rest.exceptions])
