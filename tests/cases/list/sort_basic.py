# sort and sorted, with key and reverse.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
words = ["banana", "Apple", "cherry", "apple", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
words.sort(key=lambda w: (len(w), w))
print(words)
print(sorted([3.5, 1, 2.25, -1]), sorted("hello"), sorted((3, 1, 2)))
print([].sort(), sorted([]))
