

# Blank lines, whitespace-only lines and a trailing comment before code.
   
x = 1


if x:

    print("blank lines inside blocks are fine")
    
    print("still in block")
print("out")
