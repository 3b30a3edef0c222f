# An agent-style workflow: a plan of tool calls run in dependency order with retries and a cost
# budget. Tool results are dataclasses dispatched with `match`; failures are custom exceptions.
from dataclasses import asdict, dataclass, field, replace
from enum import Enum


class Status(Enum):
    PENDING = "pending"
    OK = "ok"
    PARTIAL = "partial"
    FAILED = "failed"
    SKIPPED = "skipped"


class WorkflowError(Exception):
    pass


class ToolError(WorkflowError):
    def __init__(self, tool, message):
        super().__init__(message)
        self.tool = tool


class UnknownTool(ToolError):
    pass


class BudgetExceeded(WorkflowError):
    def __init__(self, spent, limit):
        super().__init__(f"spent {spent} of {limit}")
        self.spent, self.limit = spent, limit


@dataclass
class Call:
    tool: str
    args: dict
    after: list = field(default_factory=list)


@dataclass
class Ok:
    value: object
    cost: int = 1


@dataclass
class Partial:
    value: object
    missing: list
    cost: int = 1


@dataclass
class Failure:
    reason: str
    retryable: bool = False


@dataclass
class Step:
    name: str
    call: Call
    status: Status = Status.PENDING
    attempts: int = 0
    output: object = None
    notes: list = field(default_factory=list)


DOCS = {"garter": "Garter is a small safe Python for embedding in host programs written in C",
        "cpython": "CPython is the reference implementation and the oracle for every test case"}
ATTEMPTS = {}


def search(query):
    hits = sorted(k for k in DOCS if query in DOCS[k].lower())
    return Ok(hits, cost=2) if hits else Failure(f"nothing found for {query!r}")


def fetch(name):
    ATTEMPTS[name] = ATTEMPTS.get(name, 0) + 1
    if name == "cpython" and ATTEMPTS[name] < 3:
        return Failure("timeout", retryable=True)
    return Ok(DOCS[name], cost=3)


def summarize(text, words):
    parts = text.split()
    if len(parts) <= words:
        return Ok(text)
    return Partial(" ".join(parts[:words]) + " ...", missing=parts[words:], cost=2)


def calc(expr):
    match expr.split():
        case [a, "+", b]:
            return Ok(int(a) + int(b))
        case [a, "*", b]:
            return Ok(int(a) * int(b))
        case [a, "/", b]:
            if int(b) == 0:
                raise ToolError("calc", "division by zero")
            return Ok(int(a) // int(b))
        case _:
            raise ToolError("calc", f"cannot parse {expr!r}")


TOOLS = {"search": search, "fetch": fetch, "summarize": summarize, "calc": calc}


def resolve(args, steps):
    out = {}
    for key, value in args.items():
        match value:
            case str() if value.startswith("$"):
                name, _, index = value[1:].partition(".")
                got = steps[name].output
                out[key] = got[int(index)] if index else got
            case _:
                out[key] = value
    return out


class Runner:
    def __init__(self, plan, budget, max_attempts=3):
        self.steps = {name: Step(name, call) for name, call in plan}
        self.budget, self.spent, self.max_attempts = budget, 0, max_attempts

    def charge(self, cost):
        if self.spent + cost > self.budget:
            raise BudgetExceeded(self.spent + cost, self.budget)
        self.spent += cost

    def run_step(self, step):
        blocked = [d for d in step.call.after if self.steps[d].status not in (Status.OK, Status.PARTIAL)]
        if blocked:
            step.status = Status.SKIPPED
            step.notes.append(f"blocked by {', '.join(blocked)}")
            return
        tool = TOOLS.get(step.call.tool)
        if tool is None:
            raise UnknownTool(step.call.tool, "no such tool")
        while True:
            step.attempts += 1
            result = tool(**resolve(step.call.args, self.steps))
            match result:
                case Ok(value, cost):
                    self.charge(cost)
                    step.status, step.output = Status.OK, value
                    return
                case Partial(value, [first, *rest], cost):
                    self.charge(cost)
                    step.status, step.output = Status.PARTIAL, value
                    step.notes.append(f"dropped {len(rest) + 1} words from {first!r}")
                    return
                case Failure(reason, retryable=True) if step.attempts < self.max_attempts:
                    step.notes.append(f"attempt {step.attempts}: {reason}, retrying")
                case Failure(reason):
                    step.status = Status.FAILED
                    step.notes.append(reason)
                    return

    def run(self):
        for step in self.steps.values():
            try:
                self.run_step(step)
            except BudgetExceeded as e:
                step.status = Status.FAILED
                step.notes.append(f"budget exceeded: {e.spent} > {e.limit}")
                return False
            except ToolError as e:
                step.status = Status.FAILED
                step.notes.append(f"{type(e).__name__} from {e.tool}: {e}")
        return True


PLAN = [
    ("find", Call("search", {"query": "embedding"})),
    ("read", Call("fetch", {"name": "$find.0"}, after=["find"])),
    ("brief", Call("summarize", {"text": "$read", "words": 6}, after=["read"])),
    ("ref", Call("fetch", {"name": "cpython"})),
    ("math", Call("calc", {"expr": "6 * 7"})),
    ("oops", Call("calc", {"expr": "1 / 0"})),
    ("lost", Call("search", {"query": "rust"})),
    ("after_lost", Call("summarize", {"text": "$lost", "words": 3}, after=["lost"])),
    ("mystery", Call("browse", {"url": "x"})),
    ("last", Call("summarize", {"text": "$ref", "words": 4}, after=["ref"])),
]
for budget in (40, 10):
    ATTEMPTS.clear()
    runner = Runner(PLAN, budget)
    finished = runner.run()
    print(f"== budget {budget}: finished={finished} spent={runner.spent}")
    for step in runner.steps.values():
        shown = repr(step.output) if len(repr(step.output)) < 40 else repr(step.output)[:37] + "..."
        print(f"{step.name:<11}{step.status.value:<8}x{step.attempts} {shown} {'; '.join(step.notes)}".rstrip())
    print(sorted((step.status.name, step.name) for step in runner.steps.values()))
print(asdict(replace(runner.steps["math"], notes=["copied"])))
