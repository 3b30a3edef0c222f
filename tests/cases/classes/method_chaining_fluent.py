# Methods returning self allow fluent chaining; a builder collects state.
class Query:
    def __init__(self, table):
        self.table = table
        self.wheres = []
        self.order = None
        self.limit_n = None

    def where(self, cond):
        self.wheres.append(cond)
        return self

    def order_by(self, col):
        self.order = col
        return self

    def limit(self, n):
        self.limit_n = n
        return self

    def build(self):
        sql = f"SELECT * FROM {self.table}"
        if self.wheres:
            sql += " WHERE " + " AND ".join(self.wheres)
        if self.order:
            sql += f" ORDER BY {self.order}"
        if self.limit_n is not None:
            sql += f" LIMIT {self.limit_n}"
        return sql


print(Query("users").where("age > 30").where("active").order_by("name").limit(5).build())
print(Query("logs").build())
q = Query("t")
q.where("a = 1")
print(q.limit(0).build())
