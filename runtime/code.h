/* code.h — code objects: what the compiler produces and the VM runs.
 *
 * Frame slot layout for a code object (frame.h): [locals: nlocals][cells: ncells][free: nfree]
 * [value stack: stacksize]. Parameters are the first locals, in order: positional-only and
 * positional (argcount, of which posonlyargcount), keyword-only (kwonlyargcount), then *args if
 * CODE_VARARGS, then **kwargs if CODE_VARKEYWORDS. A cell variable that is also a parameter is
 * listed in cell2arg so the VM moves the argument into the cell at frame start; free variables
 * are copied from the function's closure tuple at frame start.
 *
 * Exceptions use a table, as CPython 3.11: an instruction at word index ip in [start, end) that
 * raises jumps to `target` after the value stack is cut to `depth` items (plus the word index of
 * the raising instruction pushed as an int when `push_lasti`) and the exception pushed. The first
 * matching entry wins; the compiler emits innermost ranges so that they come first.
 */
#ifndef GARTER_CODE_H
#define GARTER_CODE_H

#include <stdio.h>

#include "object.h"

typedef enum Opcode {
#define OP(name, words, effect, doc) OP_##name,
#include "opcodes.def"
#undef OP
    OP_COUNT
} Opcode;

#define BINOP_INPLACE_FLAG 0x80
#define INSTR_OP(w) ((Opcode)((w)&0xff))
#define INSTR_ARG(w) ((uint32_t)(w) >> 8)
#define INSTR_MAKE(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_ARG_MAX 0xffffff
#define SMALL_INT_IMM_BIAS 0x800000

/* Instruction length in words, indexed by opcode. */
extern const uint8_t code_instr_words[OP_COUNT];
extern const char *const code_op_names[OP_COUNT];

enum CodeFlags {
    CODE_VARARGS = 1 << 0,
    CODE_VARKEYWORDS = 1 << 1,
    CODE_GENERATOR = 1 << 2,
    CODE_COROUTINE = 1 << 3,
    CODE_ASYNC_GENERATOR = 1 << 4,
    CODE_MODULE = 1 << 5, /* module body: names are globals */
    CODE_CLASS_BODY = 1 << 6,
    CODE_NESTED = 1 << 7,
};

typedef struct ExcTableEntry {
    uint32_t start, end, target; /* word indices */
    uint16_t depth;
    uint8_t push_lasti;
} ExcTableEntry;

/* Source position of one instruction, as CPython's co_positions(): 1-based lines, 0-based UTF-8
 * byte columns; -1 where unknown. */
typedef struct SourceLoc {
    int32_t line, end_line;
    int32_t col, end_col;
} SourceLoc;

/* One inline cache slot (two-word instructions). LOAD_GLOBAL: key = the globals DictObj,
 * version = its version when `value` was found. LOAD_METHOD/LOAD_ATTR: key = the receiver's type,
 * value = what the lookup produced (a method descriptor). Owned by the VM (cache.c): allocated
 * at first run, traced and freed with the code object. */
typedef struct InlineCache {
    const void *key;
    uint64_t version;
    Value value;
} InlineCache;

struct CodeObj {
    Obj hdr;
    uint32_t *words;
    uint32_t nwords;
    SourceLoc *locs; /* one per word (both words of a two-word instruction hold the same) */

    Value *consts; /* int, float, complex, str, bytes, tuple, code, None/True/False/Ellipsis */
    uint32_t nconsts;
    Value *names; /* interned str: globals, attributes, imported names */
    uint32_t nnames;
    Value *localnames; /* str, nlocals of them */
    Value *cellnames;  /* str, ncells */
    Value *freenames;  /* str, nfree */
    int32_t *cell2arg; /* ncells entries: index of the parameter held by that cell, or -1 */

    uint32_t nlocals, ncells, nfree;
    uint32_t argcount, posonlyargcount, kwonlyargcount;
    uint32_t flags; /* CodeFlags */
    uint32_t stacksize;
    uint32_t ncaches;    /* inline cache slots, indexed by word 1 of two-word instructions */
    InlineCache *caches; /* NULL until the code first runs (cache.c) */

    ExcTableEntry *exctable;
    uint32_t nexc;

    Value name;     /* str: co_name */
    Value qualname; /* str */
    Value filename; /* str */
    Value source;   /* str: the whole module source, for traceback lines; VAL_NONE if absent */
    int32_t firstline;
};

/* Allocate an empty code object whose arrays are NULL/0; the compiler fills it through Mem
 * (each array allocated with mem_alloc on vm->mem, sized exactly by its count). */
CodeObj *code_new(VM *vm);

/* Net stack effect of an instruction (opcodes.def), on the fall-through path or, with `jump`,
 * on the branch to its target. */
int code_stack_effect(Opcode op, uint32_t arg, bool jump);

/* Look up the handler for an exception raised at word index ip; NULL if none. */
const ExcTableEntry *code_find_handler(const CodeObj *code, uint32_t ip);

/* Line of the instruction at word ip (for tracebacks); -1 if unknown. */
int32_t code_line_at(const CodeObj *code, uint32_t ip);

/* Print a disassembly (for `garter dis` and debugging) into a C FILE*. */
void code_disassemble(VM *vm, const CodeObj *code, FILE *out);

extern const TypeObj type_code;

/* Inline caches (cache.c): allocate on first run (false with MemoryError pending), mark their
 * values, free them. code.c's trace and destroy slots call the last two. */
bool cache_ensure(VM *vm, CodeObj *code);
void cache_trace(VM *vm, CodeObj *code);
void cache_free(VM *vm, CodeObj *code);

#endif
