# Tiny game simulation: a Vec2 class with operator overloading, an entity class hierarchy with
# properties, and a world that updates every entity once per tick and resolves collisions.

class Vec2:
    __match_args__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec2(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec2(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec2(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Vec2(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vec2) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vec2({self.x:g}, {self.y:g})"

    def normalized(self):
        length = abs(self)
        return self * (1 / length) if length else Vec2()

    def clamped(self, hi):
        return Vec2(min(max(self.x, 0), hi.x), min(max(self.y, 0), hi.y))


class Entity:
    next_id = 1
    radius = 1.0

    def __init__(self, name, pos, vel=None, health=100):
        self.id = Entity.next_id
        Entity.next_id += 1
        self.name, self.pos, self.vel = name, pos, vel or Vec2()
        self.max_health = self._health = health

    @property
    def health(self):
        return self._health

    @health.setter
    def health(self, value):
        self._health = max(0, min(self.max_health, value))

    @property
    def alive(self):
        return self._health > 0

    def update(self, world):
        self.pos = (self.pos + self.vel).clamped(world.size)

    def collides(self, other):
        return abs(self.pos - other.pos) < self.radius + other.radius

    def on_hit(self, other, world):
        pass

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.name}, hp={self.health}, pos={self.pos})"


class Player(Entity):
    symbol = "@"

    def __init__(self, name, pos):
        super().__init__(name, pos, Vec2(0, 1), health=80)
        self.score = 0

    def update(self, world):
        if world.tick % 3 == 2:
            self.vel = -self.vel
        super().update(world)
        enemies = [e for e in world.entities if isinstance(e, Enemy)]
        if enemies and world.tick % 2 == 0:
            target = min(enemies, key=lambda e: (abs(e.pos - self.pos), e.id))
            world.spawn(Bullet(self, (target.pos - self.pos).normalized() * 2))

    def on_hit(self, other, world):
        if isinstance(other, Enemy):
            self.health -= other.damage
            world.log(f"{self.name} hit by {other.name} (-{other.damage}, hp {self.health})")


class Enemy(Entity):
    damage, points, symbol = 10, 5, "e"

    def on_hit(self, other, world):
        if isinstance(other, Bullet):
            self.health -= other.power
            if not self.alive:
                other.owner.score += self.points
                world.log(f"{other.owner.name} destroyed {self.name} (+{self.points})")


class Chaser(Enemy):
    symbol, points = "c", 8

    def update(self, world):
        self.vel = (world.player.pos - self.pos).normalized() * 0.5
        super().update(world)


class Bullet(Entity):
    symbol, radius, power = "*", 0.5, 25

    def __init__(self, owner, vel):
        super().__init__("bullet", owner.pos, vel, health=1)
        self.owner, self.ttl = owner, 5

    def update(self, world):
        super().update(world)
        self.ttl -= 1
        if self.ttl <= 0:
            self.health = 0

    def on_hit(self, other, world):
        if isinstance(other, Enemy):
            self.health = 0


class World:
    def __init__(self, w, h):
        self.size, self.entities, self.events = Vec2(w, h), [], []
        self.tick, self.player = 0, None

    def spawn(self, entity):
        self.entities.append(entity)
        if isinstance(entity, Player):
            self.player = entity
        return entity

    def log(self, text):
        self.events.append(f"[t{self.tick:02d}] {text}")

    def step(self):
        for e in list(self.entities):
            e.update(self)
        live = [e for e in self.entities if e.alive]
        for i, a in enumerate(live):
            for b in live[i + 1:]:
                if a.alive and b.alive and a.collides(b):
                    a.on_hit(b, self)
                    b.on_hit(a, self)
        self.entities = [e for e in self.entities if e.alive]
        self.tick += 1

    def render(self):
        w, h = (int(v) for v in self.size)
        rows = [["."] * (w + 1) for _ in range(h + 1)]
        for e in sorted(self.entities, key=lambda e: e.symbol == "@"):
            x, y = (int(round(v)) for v in e.pos)
            rows[y][x] = e.symbol
        return "\n".join("".join(r) for r in rows)


world = World(12, 6)
hero = world.spawn(Player("hero", Vec2(1, 3)))
world.spawn(Chaser("grunt", Vec2(11, 0)))
world.spawn(Chaser("brute", Vec2(11, 6), health=60))
world.spawn(Enemy("wall", Vec2(4, 1), health=50))
world.spawn(Enemy("rock", Vec2(9, 3), health=30))
print(world.render())
for _ in range(30):
    world.step()
    if world.tick % 10 == 0:
        kinds = sorted(type(e).__name__ for e in world.entities)
        print(f"tick {world.tick}: {kinds} hero={hero.health} score={hero.score}")
        print(world.render())
print("\n".join(world.events))
for e in sorted(world.entities, key=lambda e: (type(e).__name__, e.id)):
    match e:
        case Player(pos=Vec2(x, y)):
            print(f"player at ({x:g}, {y:g}) with {e.score} points: {e!r}")
        case Bullet():
            pass
        case Enemy(name=name, health=hp):
            print(f"enemy {name} survives with {hp} hp: {e!r}")
print(Vec2(3, 4) + Vec2(1, 1), 2 * Vec2(1, 2), -Vec2(1, 0), abs(Vec2(3, 4)), Vec2(0, 0) == Vec2(),
      len({Vec2(1, 2), Vec2(1, 2), Vec2(2, 1)}), Vec2(1, 2) == Vec2(1.0, 2.0), list(Vec2(5, 6)))
