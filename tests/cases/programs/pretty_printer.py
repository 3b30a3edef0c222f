# A JSON-like pretty printer and a tiny parser, written by hand.
def dump(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = [f'{inner}{dump(str(k))}: {dump(v, indent + step, step)}' for k, v in value.items()]
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all([not isinstance(v, (dict, list, tuple)) for v in value]):
            return "[" + ", ".join([dump(v) for v in value]) + "]"
        parts = [inner + dump(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(parts) + "\n" + pad + "]"
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return '"' + escaped + '"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def parse(text):
    pos = 0

    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t":
            pos += 1

    def value():
        nonlocal pos
        skip()
        ch = text[pos]
        if ch == "{":
            pos += 1
            result = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                key = value()
                skip()
                pos += 1  # ':'
                result[key] = value()
                skip()
                pos += 1
                if text[pos - 1] == "}":
                    return result
        if ch == "[":
            pos += 1
            result = []
            skip()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                skip()
                pos += 1
                if text[pos - 1] == "]":
                    return result
        if ch == '"':
            end = pos + 1
            out = []
            while text[end] != '"':
                if text[end] == "\\":
                    end += 1
                    out.append({"n": "\n"}.get(text[end], text[end]))
                else:
                    out.append(text[end])
                end += 1
            pos = end + 1
            return "".join(out)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        end = pos
        while end < len(text) and text[end] in "+-0123456789.eE":
            end += 1
        num = text[pos:end]
        pos = end
        return float(num) if any([c in num for c in ".eE"]) else int(num)

    return value()


doc = {
    "name": "garter",
    "version": [0, 1, 0],
    "flags": {"fast": True, "debug": False, "level": None},
    "authors": [{"name": "Ann \"A\" Lee", "commits": 120}, {"name": "Bo", "commits": 7}],
    "notes": "line1\nline2",
    "ratio": 0.75,
    "empty": {"list": [], "dict": {}},
}
text = dump(doc)
print(text)
back = parse(text)
print(back == doc, dump(back) == text)
print(dump([1, [2, [3, []]], {"k": (4, 5)}]))
