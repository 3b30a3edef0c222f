/* traceback.h — CPython 3.11's traceback text for an uncaught exception. traceback.c. */
#ifndef GARTER_TRACEBACK_H
#define GARTER_TRACEBACK_H

#include "buf.h"
#include "code.h"

/* The type of TracebackObj (object.h): tb_next, tb_lineno, tb_lasti. */
extern const TypeObj type_traceback;

/* Append the full report for `exc`: chained exceptions first ("During handling of the above
 * exception, another exception occurred:" / "The above exception was the direct cause of the
 * following exception:"), each "Traceback (most recent call last):" with its entries, source
 * lines and ~~~^^^ markers, then "Type: message". SyntaxErrors get CPython's shape (file, line,
 * caret). The pending exception (vm->exc) is left as it was. */
void traceback_format(VM *vm, Value exc, Buf *out);

/* The process exit status CPython gives an uncaught `exc`: 1, except for SystemExit (and its
 * subclasses), whose code decides: None gives 0, an int gives itself (the OS keeps the low 8
 * bits), anything else 1. For a SystemExit, traceback_format prints no traceback, only str(code)
 * and a newline when the code is neither None nor an int (as CPython's handle_system_exit). */
int traceback_exit_status(VM *vm, Value exc);

/* The marker line CPython 3.11 prints under the source line `line` (`len` bytes, no line end)
 * of a traceback entry whose instruction has the position `loc`: "    ~~~^^^~~~\n" with `^`
 * under the operator of a binary operation or the brackets of a subscript and `~` under the
 * rest, "    ^^^^\n" for other expressions, nothing when the position covers the whole line
 * (leading whitespace aside) or is unknown. Exposed for unit tests. */
void traceback_append_markers(VM *vm, Buf *out, const char *line, size_t len, const SourceLoc *loc);

#endif
