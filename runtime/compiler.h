/* compiler.h — source to code objects: parse, build the symbol table, emit bytecode. */
#ifndef GARTER_COMPILER_H
#define GARTER_COMPILER_H

#include "vm.h"

/* Compile a module. Returns the module's CodeObj as a Value, or VAL_ERR with a SyntaxError
 * (or IndentationError/TabError/MemoryError) pending. The SyntaxError carries CPython's
 * attributes: msg, filename, lineno, offset (1-based column in characters), end_lineno,
 * end_offset, text (the source line). */
Value compile_module(VM *vm, const char *source, size_t len, const char *filename);

#endif
