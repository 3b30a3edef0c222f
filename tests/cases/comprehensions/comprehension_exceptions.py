# Exceptions inside comprehensions propagate to the caller.
def safe_div(values, d):
    try:
        return [v / d for v in values]
    except ZeroDivisionError as e:
        return f"failed: {e}"
print(safe_div([1, 2], 2), safe_div([1, 2], 0))
try:
    [int(s) for s in ["1", "x"]]
except ValueError as e:
    print("ValueError:", e)
