# Multi-line f-strings and f-strings built in loops.
name = "report"
rows = [1, 2, 3]
text = f"""Name: {name}
Rows: {len(rows)}
Sum:  {sum(rows):>4}"""
print(text)
lines = [f"{i:>2}: {'#' * i}" for i in rows]
print("\n".join(lines))
