# Callbacks instead of generators: visiting a tree.
tree = {"value": 1, "children": [
    {"value": 2, "children": [{"value": 4, "children": []}]},
    {"value": 3, "children": []},
]}
def visit(node, fn, depth=0):
    fn(node["value"], depth)
    for child in node["children"]:
        visit(child, fn, depth + 1)
seen = []
visit(tree, lambda v, d: seen.append((v, d)))
print(seen)
def total(node):
    return node["value"] + sum([total(c) for c in node["children"]])
print(total(tree))
