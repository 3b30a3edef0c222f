# A realistic use: a pool that hands out resources in with blocks and tracks what is in use.
class Dropped(Exception):
    pass


class Pool:
    def __init__(self, size):
        self.free = [f"conn{i}" for i in range(size)]
        self.in_use = []

    def acquire(self):
        return _Lease(self)


class _Lease:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    def __enter__(self):
        if not self.pool.free:
            raise RuntimeError("pool exhausted")
        self.conn = self.pool.free.pop(0)
        self.pool.in_use.append(self.conn)
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        self.pool.in_use.remove(self.conn)
        self.pool.free.append(self.conn)
        return exc_type is Dropped


pool = Pool(2)
with pool.acquire() as c1:
    with pool.acquire() as c2:
        print("using", c1, c2, pool.in_use)
        try:
            with pool.acquire():
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    with pool.acquire() as c3:
        raise Dropped("connection dropped")
print("free", pool.free, "in use", pool.in_use, c3)
