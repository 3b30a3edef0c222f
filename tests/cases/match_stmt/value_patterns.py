# Value patterns use dotted names and compare with ==; bare names would capture instead.
class Color:
    RED = "red"
    GREEN = "green"


class Http:
    class Status:
        OK = 200
        NOT_FOUND = 404


def check(code, color):
    out = []
    match code:
        case Http.Status.OK:
            out.append("ok")
        case Http.Status.NOT_FOUND:
            out.append("not found")
        case _:
            out.append("unknown status")
    match color:
        case Color.RED:
            out.append("stop")
        case Color.GREEN:
            out.append("go")
        case _:
            out.append("wait")
    return out


print(check(200, "red"), check(404, "green"), check(500, "amber"), check(200.0, "GREEN"))
