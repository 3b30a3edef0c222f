# A base-class algorithm calling hooks that subclasses override (and a NotImplementedError default).
class Report:
    def render(self, rows):
        lines = [self.header()]
        for row in rows:
            lines.append(self.line(row))
        lines.append(self.footer(len(rows)))
        return "\n".join(lines)

    def header(self):
        return "== report =="

    def line(self, row):
        raise NotImplementedError(f"{type(self).__name__} must implement line()")

    def footer(self, n):
        return f"({n} rows)"


class CsvReport(Report):
    def header(self):
        return "name,score"

    def line(self, row):
        return ",".join(str(v) for v in row)


class TextReport(Report):
    def line(self, row):
        return f"{row[0]:<6}{row[1]:>4}"

    def footer(self, n):
        return super().footer(n).upper() + " END"


rows = [("ann", 90), ("bob", 7)]
print(CsvReport().render(rows))
print(TextReport().render(rows))
try:
    Report().render(rows)
except NotImplementedError as e:
    print("NotImplementedError:", e)
