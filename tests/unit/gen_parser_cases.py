#!/usr/bin/env python3
"""Generate parser_cases.inc for test_parser.c from CPython's own parser.

Each valid case records CPython's AST in the compact dump format of ast_dump_module (with
positions); each error case records CPython's SyntaxError class, message and location converted
to Garter's 0-based byte columns (SyntaxErrorInfo). Run with the reference python3 (3.11):
    python3 tests/unit/gen_parser_cases.py > tests/unit/parser_cases.inc
"""
import ast
import sys
import warnings

warnings.simplefilter('ignore')

VALID = [
    'x = f"{a:{b:c}}"',
    'x = f"{yield}"',
    'x = f"{a:=1}"',
    'x = 00_0',
    'x = 1_000.0_1e1_0j',
    'x = 0x_f',
    'x = 1in x',
    'x = 0in x',
    'x = .5j',
    'x = 5.',
    'x = f"{a!r:{b!r:}}"',
    'x = "\\q"',
    'x = f"{a=}"',
    'x = f"{a = }"',
    'x = f"{(lambda: 1)}"',
    'x = f"{x:=1}"',
    'x = f"{(x:=1)}"',
    'x = f"{a[1:2]}"',
    'x = f"{a:}"',
    'match x:\n case f(): pass',
    'match x:\n case a.b(): pass',
    'match x:\n case {1: _, **r,}: pass',
    '('*100 + ')'*100,
    'x = 1if 1else 0',
    'lambda: (yield)',
    'from .x import (a, b,)',
    'from .x import (a as b, c as d)',
    'del (x, y), [z, w.a], b[0]',
    'x.y: int = 3',
    '(x): int = 3',
    'a, *b, c = d',
    '*a = b',
    'a = *b',
    'a.b += 1',
    'x = yield',
    'x = await y',
    'match = 1',
    'case = 1',
    '_ = 1',
    'print(x for x in y)',
    'x = a if b else c if d else e',
    'x = not not a',
    'x = a < b < c',
    'x = a not in b is not c',
    'x = -a ** -b',
    'x = a @ b // c % d',
    'x = ~a << b >> c & d ^ e | f',
    'x = a[1:2, ::3, ...]',
    'x = a[*b]',
    'x = a[b:=1]',
    'x = a[:, :]',
    'f(x:=1)',
    '(x := 1)',
    '[y := 1, y**2]',
    'def f(a, b=1, /, c=2, *d, e, f=3, **g): pass',
    'lambda a, b=1, /, c=2, *d, e, f=3, **g: 0',
    '@dec\n@dec2(1)\ndef f(): pass',
    '@dec\nclass C(A, metaclass=M): pass',
    '@x := y\ndef f(): pass',
    'with (open(a) as b, open(c) as d,): pass',
    'with (a, b): pass',
    'with (a): pass',
    'with a as (b, c): pass',
    'async def f():\n  async with a as b:\n    async for x in y:\n      await z',
    'match x, y:\n  case (a, b): pass',
    'match *x,:\n  case []: pass',
    'x = "a" "b" f"c{d}e" "f"',
    'x = f"{x!r:>{width}}"',
    'x = f"{x=}" f"{y = !s}"',
    'x = rb"\\x" Rb"a" bR"b" BR"c"',
    'x = u"x" U"y"',
    'x = "\\x41\\u0042\\U00000043\\N{BULLET}\\101\\n\\t\\\\\\q"',
    'x = b"\\x41\\101\\q"',
    'x = "\\ud800"',
    'x = 1e999',
    'if True:\n    pass\n  # comment\n\n    x = 1',
    'x = (1 +\n  2)\ny = [\n  1,\n]\n',
    'x = 1 + \\\n  2',
    'x = 1\r\ny = 2\r\n',
    'x = 1\ry = 2',
    'if x:\n\tpass\n\tpass',
    'def f():\n  """doc"""\n  return',
    'x = 1;',
    'x = [i for i in range(10) if i if i > 2 for j in i]',
    'x = {k: v for k, v in y}',
    'x = {a for a in b}',
    'x = (a async for a in b)',
    'x = [await a for a in b]',
    'class C: x = 1; y = 2',
    'for x, in y: pass',
    'for (x, y) in z: pass',
    'for [x, *y] in z: pass',
    'for x.a, y[0] in z: pass',
    'a = b, = c',
    'x = ()',
    'x = (1,)',
    'x = [*a, *b]',
    'x = {**a, "b": 1}',
    'x = {*a, *b}',
    'f(*a, *b, c=1, **d, e=2)',
    'f(a)(b)[c].d',
    'x = a.b.c[1][2](3)(4)',
    'global a, b',
    'import a.b.c as d, e',
    'from ...a.b import c',
    'from .... import d',
    'from . import (a)',
    'raise',
    'raise E from F',
    'assert x, "msg"',
    'return',
    'return 1, 2',
    'yield',
    'yield from x',
    'x = yield a, b',
    'del a',
    'pass',
    'break',
    'continue',
    'x = lambda: 1',
    'x = lambda *a, **k: 1',
    'x = lambda a, /: 1',
    'x = lambda *, a=1: a',
    'def f(*, a): pass',
    'def f(a, *args: int, b: str = "x", **kw: bool) -> None: pass',
    'def f(*args: *Ts): pass',
    'if 1:\n  x = (\n1)\n  y = 2',
    'x = f"{\'a\'}"',
    'x = f"""{"a"}"""',
    'x = f"{a!r}" rf"{b}\\n" fR"{c}"',
    'x = f"{{}}{{{a}}}"',
    'x = f"{a:{b}{c}}"',
    'x = f"{a:}"',
    'x = f"{a}{b}" "c" "d"',
    'x = f"""\n{\na\n+\nb\n}\n"""',
    'x = f"{3.14:.2f}"',
    'x = f"{a if b else c}"',
    'x = f"{a[\'x\']}"',
    'x = f"{ {1: 2}[1] }"',
    'x = f"{f\'{x}\'}"',
    'x = f"\\N{BULLET} {a}"',
    'x = f"{a:=^10}"',
    'x = f"{a!s:x}"',
    'import os, sys as system\nfrom .pkg import (a as b, c)\n@decorator(1, key=2)\nclass Point(Base, metaclass=Meta):\n    """doc"""\n    x: int = 0\n    def __init__(self, x, /, y=2, *args, z, **kw) -> None:\n        self.x, self.y = x, y\n        total = sum(v ** 2 for v in (x, y) if v)\n        data = {k: [i async for i in v] for k, v in kw.items()}\n        label = f\'{self.x!r:>{width}} and {y=}\' \'tail\'\n        try:\n            raise ValueError(label) from None\n        except (ValueError, TypeError) as e:\n            pass\n        finally:\n            del data[0], total\n        with open(f) as g, lock: yield\n        match x:\n            case [1, *rest] | {\'k\': _, **more} if rest: return -1.5e3j\n            case Point(x=0, y=b\'\\x00\'): return lambda a, *b: a @ b\n        while not (a < b <= c is not d): continue\n        assert x[1:2, ::3], \'msg\'\n        return (yield from gen()), [*a, *b], {**c}\n',
    'async def main():\n    async with a as (b, c), d:\n        await x\n    return [await y async for y in z if await y]\n',
    'x = (\n    1,\n    2,\n)[\n    0\n]\nif (n := len(a)) > 10:\n    print(f"{n} items", end="")\n',
    'def f():\n    global g\n    def h():\n        nonlocal x\n        x += 1\n    return h\n',
    'x = 1 if y else 2\ny = lambda: (yield)\nz = not -~+a\n',
    'for i, (a, *b) in enumerate(c):\n    break\nelse:\n    continue\n',
    'try:\n    pass\nexcept* (A, B) as e:\n    raise\nexcept* C:\n    pass\nelse:\n    pass\nfinally:\n    pass\n',
    'x = "\\N{LATIN SMALL LETTER A}\\N{EM DASH}\\x00\\u1234\\U0001F600" r"\\d" \'\'\'multi\nline\'\'\'\ny = b"\\x7f\\377" rb"\\d"\n',
]

ERRORS = [
    'x = 1\ny = f"abc{a b}"',
    'x = 1\ny = f"abc{a b}" + f"{c d}"',
    'x = f"""\n{a b}"""',
    'x = f"{a!}"',
    'x = f"{a!r"',
    'x = f"{a}}"',
    'x = f"{"',
    'x = f"}"',
    'x = f"{a:{b}"',
    'x = f"{\\n}"',
    'x = f"{#}"',
    'x = f"{a=!x}"',
    'x = f"{)}"',
    'x = f"{*a}"',
    'x = f"{lambda x: 1}"',
    'x = €',
    'x = a€',
    'x = ab\u200b',
    'x = \u00a0',
    'if x:',
    'if x:\n',
    'if x:\n\n',
    'x = (',
    'x = (\n\n',
    'x = [1,\n2\nfoo(]',
    'class C(x for x in y): pass',
    '1 +',
    'def',
    'import',
    'from x import a,',
    'from x import (a,',
    'x = yield = 1',
    'if x  # c\n  pass',
    'if x  \n  pass',
    'x = (1 2)  # c',
    '\tif x:\n\t\tpass\n  \tpass',
    'if x:\n\tpass\n        pass',
    'if x:\n        pass\n\tpass',
    'x = 1\n\n  \n# c\n  y',
    'x = 1; ; y',
    'x = 0_7',
    'x = 0_',
    'x = 09',
    'x = 0o8',
    'x = 0o',
    'x = 0o1_',
    'x = 1.e',
    'x = 1e+',
    'x = 1jj',
    'x = 1.2.3',
    'x = 0xg',
    'x = 0b',
    'x = 0b12',
    'x = 1__',
    'x = 1else',
    'x = 0xfor',
    'x = 1.__class__',
    'x = f"{1_}"',
    'x = f"{a $ b}"',
    'x = f"{a +}"',
    'x = f"{€}"',
    'x = f"{a:{b c}}"',
    'x = "a" f"{a b}"',
    'x = f"{a b}" "a"',
    'x = f"{a}" b"x"',
    'x = b"x" "y"',
    'x = f"{lambda: 1}"',
    'x = f"{a!s=}"',
    'x = f"{ }"',
    'x = f"{!r}"',
    'x = f"{:x}"',
    'x = f"{=}"',
    'f(**a, *b)',
    'foo(**a, *b)',
    'f(x, **a, *b)',
    'f(x, **abc, *b)',
    'f(x for x in y, z)',
    'f(a, x for x in y)',
    'f(a=1 for x in y)',
    'f(True=1)',
    'f(a+1=2)',
    'f(a, b for b in c, d)',
    'f(*a=1)',
    'f(**a, *b)',
    'f(**a,   *b)',
    'f(**a, * b)',
    'f(**a, **b, *c)',
    'f(**a, k=1, *c)',
    'f(a=1, **b, *c)',
    'f(a=1,\n **b, *c)',
    'match(x)\n1 +\n',
    'match x:\n case 1j+2j: pass',
    'match x:\n case {**_}: pass',
    'match x:\n case a as _: pass',
    'match x:\n case a as 1: pass',
    'match x:\n case C(a=1, b): pass',
    'match x:\n case -1-1: pass',
    'match x:\n case 1 + 1: pass',
    'match x:\n  case 1:\n  pass',
    'match x\n case 1: pass',
    'match x:\n case 1\n  pass',
    'match x:\npass',
    'match x:\n case *a: pass',
    '1 = 2\n"abc',
    'x = (1,\n',
    'f(a, b\nx = 3\n',
    'x = = 1\n(',
    'if x\n  pass',
    'f"{}"',
    'f"{a b}"',
    'x = f"{a!z}"',
    'f"{a"',
    'f"{a:{b:{c}}}"',
    '1 <> 2',
    '('*201 + ')'*201,
    'x = [1 2]',
    'f(**a, *b)',
    'print "x"',
    'x = 0777',
    'x = 1_',
    'x = 1__0',
    'x = 0b2',
    'x = 1e',
    'x = 0x',
    'x = 1a',
    '$',
    'x = "\\N{foo}"',
    'x = b"\xe9"',
    'def f():\n\tif x:\n        pass',
    'a\\ b',
    'a = 1\\',
    '(\n',
    ')',
    '(]',
    'x = """abc\n\ndef',
    "x = 'abc",
    '  x = 1',
    'if x:\n    y\n  z',
    'if x:\npass',
    'for x in y:\npass',
    'def f():\npass',
    'class C:\npass',
    'try:\npass',
    'x = 1\n    y = 2',
    'f(x for x in y, 1)',
    'f() = 1',
    '1 = x',
    'del f()',
    'del *a',
    'x + 1 = 2',
    '(a, 1) = 2',
    'for 1 in x: pass',
    'with a as 1: pass',
    'x += 1, = 2',
    'f(x) += 1',
    'a if b = 3',
    'a = b = yield = 3',
    '[*x for x in y]',
    'x = {**a for b in c}',
    'def f(a=1, b): pass',
    'def f(*): pass',
    'f(a=1, b)',
    'f(**k, a)',
    'while x\n  pass',
    'while x:\npass',
    'with a:\npass',
    'with a\n  pass',
    'with (a, b)\n  pass',
    'try:\n  pass\nexcept:\npass',
    'try:\n  pass\nexcept E:\npass',
    'try:\n  pass\nfinally:\npass',
    'try:\n  pass\nexcept* E:\npass',
    'try:\n  pass\nelse:\n  pass',
    'try:\n  pass\nexcept E, F:\n  pass',
    'try:\n  pass\nexcept E\n  pass',
    'try:\n  pass\nexcept\n  pass',
    'try:\n  pass\nexcept *:\n  pass',
    'try:\n  pass\nexcept E:\n  pass\nexcept* F:\n  pass',
    'try:\n  pass\nexcept* E:\n  pass\nexcept F:\n  pass',
    'if x:\n  pass\nelif y:\npass',
    'if x:\n  pass\nelse:\npass',
    'if x:\n  pass\nelif y\n  pass',
    'for x in y\n  pass',
    'for x in y:\n  pass\nelse:\npass',
    'class C(x)\n  pass',
    'def f()\n  pass',
    'def f:\n  pass',
    'async def f():\npass',
    'def f(a, (b, c)): pass',
    'lambda a, (b): 1',
    'def f(/, a): pass',
    'def f(a, /, b, /): pass',
    'def f(a, *, b, /): pass',
    'def f(a=1, /, *): pass',
    'def f(a /): pass',
    'def f(**k=1): pass',
    'def f(**k, a): pass',
    'def f(**k, *a): pass',
    'def f(*a=1): pass',
    'def f(*a, *b): pass',
    'def f(a=): pass',
    'lambda *: 1',
    'lambda **k, a: 1',
    'lambda *a=1: 1',
    'lambda a=1, b: 1',
    'f(a for a in b for)',
    'f(True=1)',
    'f(a.b=1)',
    '{1: 2, 3}',
    '{1: *a}',
    '{1:}',
    '{1: 2, 3: }',
    '{1: 2, **a, 3}',
    '[x, y for x in z]',
    '[x, for x in z]',
    '(*a)',
    '(**a)',
    'f(**a for a in b)',
    'import a,',
    'from x import *,',
    'from . import',
    'global x,',
    'nonlocal',
    'assert',
    'raise from x',
    'del x, 1',
    'del x +1',
    'x: int, y: int = 1, 2',
    '(x, y): int',
    '[x]: int',
    'f(): int',
    '[a, b] += 1',
    'await = 1',
    'async = 1',
    'x := 1',
    'match x:\n  case [1, *rest] if rest: pass\n  case {"a": 1, **kw}: pass\n  case Point(x=0, y=0) | Point(1, 2): pass\n  case -1 | 1.5 | 2j | -3+4j | "s" b"" : pass\n  case a.b.c: pass\n  case (1, 2) as t: pass\n  case _: pass',
    'x = 1;; y',
    ';',
    'x = [\n1,\n2\n',
    'x = "abc\ndef"',
    "x = '''abc",
    'x = f"{"a"}"',
    'x = f"{f\'{f"{x}"}\'}"',
    'x = f"{a!r=}"',
    'x = f"{x}}"',
    'x = f"{x}{"',
    'x = f"{a[}"',
    'x = f"{a(}"',
    'x = f"{a)}"',
    'x = f"{a]}"',
    'x = f"{a(]}"',
    'x = f"{\'a}"',
    'x = f"{>10x:=1}"',
    '[c d]',
    'x {a b c}',
    'x {a b',
    '1 {a if b}',
    'x {a: d e}',
    'x [a if b else d e]',
    "m = {'a': 'b', 'c'1 : 'd'}",
    'x = {a: 1, b c}',
    'f(x, *, y=1)',
    'f(a=1, *b, **c, *d)',
    '[c d e]',
    'items = ["a" "b", c d]',
    '[matchx y]',
    '[__ y]',
    'x = 1é if y else z\n',
    'x = 1\ny = 2 \\ z',
    'def f(a, b):\n    return a +\n',
    'class C:\n    def f(self):\n        pass\n      x = 1\n',
    'x = [1, 2\ny = 3\n',
    'x = {1: 2\nfor x in y: pass\n',
    'f(a for a in b, c for c in d)',
    'x = 1 +* 2',
    'def f(*, **k): pass',
    'import a.b as c.d',
    'from x import y as',
    'with open(x) as f, : pass',
    'if x:\n    pass\n  else:\n    pass',
    'x = yield from',
    'del (a, b) + c',
    'a, b += 1',
    '(a, b): int = 1',
    'print "hello"',
    'exec "code"',
    'lambda x=1, y: x',
    'def f(x, x): pass\nclass C(: pass',
    'match x:\n    case 1 if: pass',
    'match x:\n    case {**a, **b}: pass',
    'x = 5 $ 3',
    'x = 0_',
    'nonlocal x, 1',
    'assert x,',
    'return return',
    '@\ndef f(): pass',
    'async x = 1',
    'x = [i for i in]',
    'x = (1 for)',
]

# ---- the dumper: Python AST to the format of runtime/ast.c ----

def fmt_double(v):
    if v != v: return 'nan'
    if v in (float('inf'), float('-inf')): return 'inf' if v > 0 else '-inf'
    for prec in range(1, 18):
        s = '%.*g' % (prec, v)
        if float(s) == v: break
    if not any(c in s for c in '.eEn'): s += '.0'
    return s

def quote(b, is_bytes):
    out = ["b'" if is_bytes else "'"]
    for c in b:
        if c in (0x27, 0x5c): out.append('\\' + chr(c))
        elif c == 10: out.append('\\n')
        elif c == 9: out.append('\\t')
        elif c == 13: out.append('\\r')
        elif c < 0x20 or c == 0x7f or (is_bytes and c >= 0x80): out.append('\\x%02x' % c)
        else: out.append(chr(c) if c < 0x80 else bytes([c]).decode('utf-8', 'surrogateescape'))
    out.append("'")
    return ''.join(out)

def const(v):
    if v is None: return 'None'
    if v is True: return 'True'
    if v is False: return 'False'
    if v is Ellipsis: return '...'
    if isinstance(v, int): return str(v)
    if isinstance(v, float): return fmt_double(v)
    if isinstance(v, complex): return fmt_double(v.imag) + 'j'
    if isinstance(v, str):
        return quote(v.encode('utf-8', 'surrogatepass'), False)
    if isinstance(v, bytes): return quote(v, True)
    raise TypeError(v)

POS = False
def pos(n):
    if POS and hasattr(n, 'lineno'):
        return '@%d:%d-%d:%d' % (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
    return ''

def seq(items, f):
    return '[' + ' '.join(f(x) for x in items) + ']'

def opt(x, f):
    return '-' if x is None else f(x)

def ctx(c):
    n = type(c).__name__
    return '' if n == 'Load' else ' ' + n

def arg(a):
    if a is None: return '-'
    return '(arg%s %s%s)' % (pos(a), a.arg, (' ' + expr(a.annotation)) if a.annotation else '')

def arguments(a):
    return '(arguments %s %s %s %s %s %s %s)' % (seq(a.posonlyargs, arg), seq(a.args, arg), arg(a.vararg),
        seq(a.kwonlyargs, arg), seq(a.kw_defaults, lambda e: opt(e, expr)), arg(a.kwarg), seq(a.defaults, expr))

def keyword(k):
    return '(keyword%s %s %s)' % (pos(k), k.arg or '-', expr(k.value))

def comp(c):
    return '(comprehension%s %s %s %s)' % (' async' if c.is_async else '', expr(c.target), expr(c.iter), seq(c.ifs, expr))

def name(n): return type(n).__name__

def expr(e):
    if e is None: return '-'
    k = name(e); p = pos(e)
    if k == 'BoolOp': f = '%s %s' % (name(e.op), seq(e.values, expr))
    elif k == 'NamedExpr': f = '%s %s' % (expr(e.target), expr(e.value))
    elif k == 'BinOp': f = '%s %s %s' % (expr(e.left), name(e.op), expr(e.right))
    elif k == 'UnaryOp': f = '%s %s' % (name(e.op), expr(e.operand))
    elif k == 'Lambda': f = '%s %s' % (arguments(e.args), expr(e.body))
    elif k == 'IfExp': f = '%s %s %s' % (expr(e.test), expr(e.body), expr(e.orelse))
    elif k == 'Dict': f = '%s %s' % (seq(e.keys, lambda x: opt(x, expr)), seq(e.values, expr))
    elif k == 'Set': f = seq(e.elts, expr)
    elif k in ('ListComp', 'SetComp', 'GeneratorExp'): f = '%s %s' % (expr(e.elt), seq(e.generators, comp))
    elif k == 'DictComp': f = '%s %s %s' % (expr(e.key), expr(e.value), seq(e.generators, comp))
    elif k in ('Await', 'Yield', 'YieldFrom'): f = expr(e.value)
    elif k == 'Compare': f = '%s %s %s' % (expr(e.left), seq(e.ops, name), seq(e.comparators, expr))
    elif k == 'Call': f = '%s %s %s' % (expr(e.func), seq(e.args, expr), seq(e.keywords, keyword))
    elif k == 'FormattedValue': f = '%s %d %s' % (expr(e.value), e.conversion, expr(e.format_spec))
    elif k == 'JoinedStr': f = seq(e.values, expr)
    elif k == 'Constant': f = const(e.value)
    elif k == 'Attribute': f = '%s %s%s' % (expr(e.value), e.attr, ctx(e.ctx))
    elif k == 'Subscript': f = '%s %s%s' % (expr(e.value), expr(e.slice), ctx(e.ctx))
    elif k == 'Starred': f = '%s%s' % (expr(e.value), ctx(e.ctx))
    elif k == 'Name': f = '%s%s' % (e.id, ctx(e.ctx))
    elif k in ('List', 'Tuple'): f = '%s%s' % (seq(e.elts, expr), ctx(e.ctx))
    elif k == 'Slice': f = '%s %s %s' % (expr(e.lower), expr(e.upper), expr(e.step))
    else: raise TypeError(k)
    return '(%s%s %s)' % (k, p, f)

def pattern(pt):
    if pt is None: return '-'
    k = name(pt); p = pos(pt)
    if k == 'MatchValue': f = expr(pt.value)
    elif k == 'MatchSingleton': f = const(pt.value)
    elif k == 'MatchSequence': f = seq(pt.patterns, pattern)
    elif k == 'MatchMapping': f = '%s %s %s' % (seq(pt.keys, expr), seq(pt.patterns, pattern), pt.rest or '-')
    elif k == 'MatchClass': f = '%s %s %s %s' % (expr(pt.cls), seq(pt.patterns, pattern), seq(pt.kwd_attrs, str), seq(pt.kwd_patterns, pattern))
    elif k == 'MatchStar': f = pt.name or '-'
    elif k == 'MatchAs': f = '%s %s' % (pattern(pt.pattern), pt.name or '-')
    elif k == 'MatchOr': f = seq(pt.patterns, pattern)
    return '(%s%s %s)' % (k, p, f)

def alias(a):
    return '(alias%s %s%s)' % (pos(a), a.name, (' ' + a.asname) if a.asname else '')

def withitem(w):
    return '(withitem %s %s)' % (expr(w.context_expr), expr(w.optional_vars))

def handler(h):
    return '(ExceptHandler%s %s %s %s)' % (pos(h), expr(h.type), h.name or '-', seq(h.body, stmt))

def case(c):
    return '(match_case %s %s %s)' % (pattern(c.pattern), expr(c.guard), seq(c.body, stmt))

def stmt(s):
    k = name(s); p = pos(s)
    if k in ('FunctionDef', 'AsyncFunctionDef'):
        f = ' %s %s %s %s %s' % (s.name, arguments(s.args), seq(s.body, stmt), seq(s.decorator_list, expr), expr(s.returns))
    elif k == 'ClassDef': f = ' %s %s %s %s %s' % (s.name, seq(s.bases, expr), seq(s.keywords, keyword), seq(s.body, stmt), seq(s.decorator_list, expr))
    elif k == 'Return': f = ' ' + expr(s.value)
    elif k == 'Delete': f = ' ' + seq(s.targets, expr)
    elif k == 'Assign': f = ' %s %s' % (seq(s.targets, expr), expr(s.value))
    elif k == 'AugAssign': f = ' %s %s %s' % (expr(s.target), name(s.op), expr(s.value))
    elif k == 'AnnAssign': f = ' %s %s %s %d' % (expr(s.target), expr(s.annotation), expr(s.value), s.simple)
    elif k in ('For', 'AsyncFor'): f = ' %s %s %s %s' % (expr(s.target), expr(s.iter), seq(s.body, stmt), seq(s.orelse, stmt))
    elif k in ('While', 'If'): f = ' %s %s %s' % (expr(s.test), seq(s.body, stmt), seq(s.orelse, stmt))
    elif k in ('With', 'AsyncWith'): f = ' %s %s' % (seq(s.items, withitem), seq(s.body, stmt))
    elif k == 'Match': f = ' %s %s' % (expr(s.subject), seq(s.cases, case))
    elif k == 'Raise': f = ' %s %s' % (expr(s.exc), expr(s.cause))
    elif k in ('Try', 'TryStar'): f = ' %s %s %s %s' % (seq(s.body, stmt), seq(s.handlers, handler), seq(s.orelse, stmt), seq(s.finalbody, stmt))
    elif k == 'Assert': f = ' %s %s' % (expr(s.test), expr(s.msg))
    elif k == 'Import': f = ' ' + seq(s.names, alias)
    elif k == 'ImportFrom': f = ' %s %s %d' % (s.module or '-', seq(s.names, alias), s.level)
    elif k in ('Global', 'Nonlocal'): f = ' ' + seq(s.names, str)
    elif k == 'Expr': f = ' ' + expr(s.value)
    else: f = ''
    return '(%s%s%s)' % (k, p, f)


def c_string(data):
    out = ['"']
    for b in data:
        c = chr(b)
        if c == '"' or c == '\\': out.append('\\' + c)
        elif c == '\n': out.append('\\n')
        elif c == '\t': out.append('\\t')
        elif 0x20 <= b < 0x7f: out.append(c)
        else: out.append('\\%03o' % b)
    out.append('"')
    return ''.join(out)


def byte_col(src, lineno, offset):
    """CPython's 1-based character offset on line `lineno` to a 0-based byte column."""
    if offset <= 0:
        return offset - 1
    line = src.split('\n')[lineno - 1] if lineno >= 1 else ''
    return len(line[:offset - 1].encode('utf-8'))


def main():
    global POS
    POS = True
    print('/* parser_cases.inc — generated by tests/unit/gen_parser_cases.py from CPython %s'
          % sys.version.split()[0])
    print(' * — do not edit. */')
    print('static const ParserAstCase parser_ast_cases[] = {')
    for src in VALID:
        tree = ast.parse(src)
        dump = '(Module %s)' % seq(tree.body, stmt)
        print('    {%s,\n     %s},' % (c_string(src.encode('utf-8', 'surrogatepass')),
                                      c_string(dump.encode('utf-8', 'surrogateescape'))))
    print('};')
    print('static const ParserErrorCase parser_error_cases[] = {')
    kinds = {'SyntaxError': 'SYNTAX_ERROR_SYNTAX', 'IndentationError': 'SYNTAX_ERROR_INDENTATION',
             'TabError': 'SYNTAX_ERROR_TAB'}
    for src in ERRORS:
        try:
            ast.parse(src)
            raise SystemExit('not an error: %r' % src)
        except SyntaxError as e:
            col = byte_col(src, e.lineno, e.offset)
            end = byte_col(src, e.end_lineno, e.end_offset)
            print('    {%s, %s, %s, %d, %d, %d, %d},' % (
                c_string(src.encode('utf-8', 'surrogatepass')), kinds[type(e).__name__],
                c_string(e.msg.encode('utf-8')), e.lineno, col, e.end_lineno, end))
    print('};')


main()
