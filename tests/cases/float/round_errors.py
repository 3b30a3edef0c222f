# round() of inf and nan without ndigits raises.
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
