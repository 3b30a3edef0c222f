# Ranges in containers.
rs = [range(3), range(0, 3), range(1, 4)]
print(rs[0] == rs[1], rs.count(range(3)), rs.index(range(1, 4)))
print(max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)))
