# A file full of comments.
# print("not printed")
x = 1  # trailing comment
# comment between statements
y = 2 # another
print(x + y)  # printed
s = "# not a comment"
print(s)
def f():
    # comment in a function body
    return 3
    # after return
print(f())
#no space after hash
print('done')  #
