# Mixing the supported modules: a dataclass with typing annotations, an Enum field, and an ABC base.
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from enum import Enum
from typing import List, Optional


class Priority(Enum):
    LOW = 1
    HIGH = 2


class Task(ABC):
    @abstractmethod
    def cost(self) -> int:
        ...


@dataclass
class Job(Task):
    name: str
    priority: Priority = Priority.LOW
    deps: List[str] = field(default_factory=list)
    owner: Optional[str] = None

    def cost(self) -> int:
        return len(self.deps) + (10 if self.priority is Priority.HIGH else 1)


jobs = [Job("build", Priority.HIGH, ["fetch"]), Job("fetch"), Job("test", deps=["build", "fetch"], owner="ann")]
for j in sorted(jobs, key=lambda j: (-j.cost(), j.name)):
    print(j.name, j.priority.name, j.cost(), j.owner)
print(jobs[1])
