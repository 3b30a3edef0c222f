# `as` binds the value matched by a sub-pattern, at any nesting level.
def route(request):
    match request:
        case ("GET" | "HEAD") as method, ("/" | "/index") as path:
            return f"{method} home via {path}"
        case "GET", str() as path if path.startswith("/api/"):
            return f"api {path[5:]}"
        case ("POST", path, {"id": int() as ident} as body):
            return f"create {ident} at {path} with {len(body)} fields"
        case [*_] as whole:
            return f"unrouted {whole}"


print(route(("GET", "/")))
print(route(("HEAD", "/index")))
print(route(("GET", "/api/users")))
print(route(("POST", "/items", {"id": 7, "name": "x"})))
print(route(["DELETE", "/x"]))
match [1, [2, 3]]:
    case [a, [b, c] as inner] as outer:
        print(a, b, c, inner, outer)
