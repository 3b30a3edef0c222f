# Sets of strings printed via sorted() for determinism.
fruits = {"pear", "apple", "fig", "kiwi"}
more = {"fig", "lime"}
print(sorted(fruits), sorted(fruits | more), sorted(fruits & more), sorted(fruits - more))
print(len(fruits), "fig" in fruits, max(fruits), min(fruits))
print(", ".join(sorted(fruits, key=len)))
