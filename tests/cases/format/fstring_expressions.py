# Arbitrary expressions inside f-strings.
items = {"a": 1, "b": 2}
nums = [3, 1, 2]
print(f"{sum(nums)} {sorted(nums)} {max(nums) - min(nums)}")
print(f"{items['a'] + items['b']}", f"{'yes' if nums else 'no'}")
print(f"{[n * 2 for n in nums]}", f"{','.join(items)}")
print(f"{(lambda v: v + 1)(5)}", f"{nums[-1]:03d}")
print(f"{'{'}{'}'}", f"{{{nums[0]}}}")
def f(a, b=2):
    return a * b
print(f"{f(3)} {f(3, b=4)} {f(*nums[:2])}")
