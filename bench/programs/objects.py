# Class-heavy: instances, method calls, attribute access, properties, operator dunders.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle:
    def __init__(self, i):
        self.pos = Vec(i % 17, i % 13)
        self.vel = Vec(1, -1)
        self.alive = True

    def step(self):
        self.pos = self.pos + self.vel.scaled(2)
        if self.pos.norm1 > 400:
            self.alive = False


particles = [Particle(i) for i in range(2000)]
steps = 0
for _ in range(60):
    for p in particles:
        if p.alive:
            p.step()
            steps += 1
total = sum(p.pos.norm1 for p in particles)
print(steps, total, sum(1 for p in particles if p.alive))
