# Soft keywords and builtins can be used as names.
match = 1
case = 2
type = 3
print(match + case + type)
_ = 'underscore'
print(_)
list_ = [1, 2]
print(list_)
