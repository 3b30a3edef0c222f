# Mixed indentation depths that are consistent within each block.
def f(n):
  if n > 0:
        return "pos"
  else:
   return "non-pos"
print(f(1), f(-1))
for i in range(2):
    for j in range(2):
                print(i, j)
while False:
 pass
print("end")
