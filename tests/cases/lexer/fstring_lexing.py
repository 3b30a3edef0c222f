# f-string lexing: braces, quotes, nested expressions.
x = 10
print(f"{{literal}} {x}")
print(f'{"inner"}', f"{'single'}")
print(f"{x!r:>5}|")
print(f"{'a' + 'b'}{x * 2}")
d = {'k': 'v'}
print(f"{d['k']}")
print(f"""{x}
{x + 1}""")
print(f"{x:{'>'}{6}}")
print(f"{(lambda y: y * 2)(x)}")
