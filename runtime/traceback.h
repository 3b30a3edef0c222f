/* traceback.h — CPython 3.11's traceback text for an uncaught exception. traceback.c. */
#ifndef GARTER_TRACEBACK_H
#define GARTER_TRACEBACK_H

#include "buf.h"

/* Append the full report for `exc`: chained exceptions first ("During handling of the above
 * exception, another exception occurred:" / "The above exception was the direct cause of the
 * following exception:"), each "Traceback (most recent call last):" with its entries, source
 * lines and ~~~^^^ markers, then "Type: message". SyntaxErrors get CPython's shape (file, line,
 * caret). */
void traceback_format(VM *vm, Value exc, Buf *out);

#endif
