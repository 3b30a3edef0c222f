# order=True adds comparisons by field tuple; __post_init__ derives and validates fields.
from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    text: str = field(default="", compare=False)

    def __post_init__(self):
        if min(self.major, self.minor, self.patch) < 0:
            raise ValueError(f"negative component in {self.major}.{self.minor}.{self.patch}")
        self.text = f"v{self.major}.{self.minor}.{self.patch}"


vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 1)]
print([v.text for v in sorted(vs)])
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99), max(vs).text)
try:
    Version(1, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
