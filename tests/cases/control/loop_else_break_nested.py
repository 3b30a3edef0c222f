# Breaking out of nested loops with for/else.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in matrix:
    for v in row:
        if v * v > 30:
            break
    else:
        print("row without big square:", row)
        continue
    print("stopped in row", row, "at", v)
    break
