/* code.c — code objects: the opcode tables derived from opcodes.def, stack effects, handler and
 * line lookup, the disassembler, and the `code` type (trace/destroy). */
#include "code.h"

#include <inttypes.h>
#include <string.h>

#include "buf.h"
#include "gc.h"
#include "ops.h"
#include "str.h"
#include "vm.h"

const uint8_t code_instr_words[OP_COUNT] = {
#define OP(name, words, effect, doc) words,
#include "opcodes.def"
#undef OP
};

const char *const code_op_names[OP_COUNT] = {
#define OP(name, words, effect, doc) #name,
#include "opcodes.def"
#undef OP
};

int code_stack_effect(Opcode op, uint32_t A, bool jump)
{
    switch (op) {
    case OP_LOAD_GLOBAL:
        return 1 + (int)(A & 1);
    case OP_FORMAT_VALUE:
        return (A & 4) ? -1 : 0;
    case OP_CALL_FUNCTION_EX:
        return -2 - (int)(A & 1);
    case OP_MAKE_FUNCTION:
        return -(int)((A & 1) + ((A >> 1) & 1) + ((A >> 2) & 1) + ((A >> 3) & 1));
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_SEND:
        return jump ? -1 : 0;
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    default:
        break;
    }
    switch (op) {
#define OP(name, words, effect, doc)                                                               \
    case OP_##name:                                                                                \
        return (int)(effect);
#include "opcodes.def"
#undef OP
    default:
        return 0;
    }
}

/* ---- the code type --------------------------------------------------------------------------- */

static void code_trace(VM *vm, Obj *self)
{
    CodeObj *c = (CodeObj *)self;
    for (uint32_t i = 0; i < c->nconsts; i++) gc_mark_value(vm, c->consts[i]);
    for (uint32_t i = 0; i < c->nnames; i++) gc_mark_value(vm, c->names[i]);
    for (uint32_t i = 0; i < c->nlocals; i++) gc_mark_value(vm, c->localnames[i]);
    for (uint32_t i = 0; i < c->ncells; i++) gc_mark_value(vm, c->cellnames[i]);
    for (uint32_t i = 0; i < c->nfree; i++) gc_mark_value(vm, c->freenames[i]);
    gc_mark_value(vm, c->name);
    gc_mark_value(vm, c->qualname);
    gc_mark_value(vm, c->filename);
    gc_mark_value(vm, c->source);
    cache_trace(vm, c);
}

#define CODE_FREE(vm, ptr, n) mem_free(&(vm)->mem, (ptr), (size_t)(n) * sizeof *(ptr))

static void code_destroy(VM *vm, Obj *self)
{
    CodeObj *c = (CodeObj *)self;
    if (c->words) CODE_FREE(vm, c->words, c->nwords);
    if (c->locs) CODE_FREE(vm, c->locs, c->nwords);
    if (c->consts) CODE_FREE(vm, c->consts, c->nconsts);
    if (c->names) CODE_FREE(vm, c->names, c->nnames);
    if (c->localnames) CODE_FREE(vm, c->localnames, c->nlocals);
    if (c->cellnames) CODE_FREE(vm, c->cellnames, c->ncells);
    if (c->freenames) CODE_FREE(vm, c->freenames, c->nfree);
    if (c->cell2arg) CODE_FREE(vm, c->cell2arg, c->ncells);
    if (c->exctable) CODE_FREE(vm, c->exctable, c->nexc);
    cache_free(vm, c);
}

static Value code_repr(VM *vm, Value self)
{
    CodeObj *c = AS_CODE(self);
    Buf b;
    buf_init(&b, vm);
    buf_printf(&b, "<code object %s at %p, file \"%s\", line %d>",
               IS_STR(c->name) ? str_data(c->name) : "?", (void *)c,
               IS_STR(c->filename) ? str_data(c->filename) : "?", (int)c->firstline);
    return buf_finish_str(&b);
}

const TypeObj type_code = {
    .hdr = OBJ_HEADER_INIT(&type_type, OBJ_TYPE),
    .name = "code",
    .base = &type_object,
    .layout = OBJ_CODE,
    .repr = code_repr,
    .trace = code_trace,
    .destroy = code_destroy,
    .dict = VAL_UNDEF,
    .mro = VAL_UNDEF,
};

CodeObj *code_new(VM *vm)
{
    CodeObj *c = gc_new(vm, sizeof(CodeObj), OBJ_CODE, &type_code);
    if (!c) return NULL;
    c->name = c->qualname = c->filename = c->source = VAL_NONE;
    c->firstline = 1;
    return c;
}

/* ---- lookups --------------------------------------------------------------------------------- */

/* The table is sorted by start and its ranges are disjoint (assemble.c), so a binary search
 * finds the only range holding ip. */
const ExcTableEntry *code_find_handler(const CodeObj *code, uint32_t ip)
{
    uint32_t lo = 0, hi = code->nexc;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const ExcTableEntry *e = &code->exctable[mid];
        if (ip < e->start)
            hi = mid;
        else if (ip >= e->end)
            lo = mid + 1;
        else
            return e;
    }
    return NULL;
}

int32_t code_line_at(const CodeObj *code, uint32_t ip)
{
    if (!code->locs || ip >= code->nwords) return -1;
    return code->locs[ip].line;
}

/* ---- the disassembler ------------------------------------------------------------------------ */

static void print_value(VM *vm, Value v, FILE *out)
{
    Value r = ops_repr(vm, v);
    if (r == VAL_ERR) {
        vm_clear_exc(vm);
        fputs("<?>", out);
        return;
    }
    fwrite(str_data(r), 1, str_len(r), out);
}

static void print_name(const Value *names, uint32_t n, uint32_t i, FILE *out)
{
    if (i < n && IS_STR(names[i])) fprintf(out, "(%s)", str_data(names[i]));
}

/* The argument's meaning, in parentheses after it (CPython's dis style). */
static void print_arg_meaning(VM *vm, const CodeObj *c, Opcode op, uint32_t arg, FILE *out)
{
    switch (op) {
    case OP_LOAD_CONST:
    case OP_KW_NAMES:
    case OP_UNSUPPORTED:
        if (arg < c->nconsts) {
            fputc('(', out);
            print_value(vm, c->consts[arg], out);
            fputc(')', out);
        }
        break;
    case OP_LOAD_SMALL_INT:
        fprintf(out, "(%" PRId64 ")", (int64_t)arg - SMALL_INT_IMM_BIAS);
        break;
    case OP_LOAD_GLOBAL:
        print_name(c->names, c->nnames, arg >> 1, out);
        if (arg & 1) fputs(" + NULL", out);
        break;
    case OP_STORE_GLOBAL:
    case OP_DELETE_GLOBAL:
    case OP_LOAD_NAME:
    case OP_STORE_NAME:
    case OP_DELETE_NAME:
    case OP_LOAD_ATTR:
    case OP_STORE_ATTR:
    case OP_DELETE_ATTR:
    case OP_LOAD_METHOD:
    case OP_IMPORT_NAME:
    case OP_IMPORT_FROM:
        print_name(c->names, c->nnames, arg, out);
        break;
    case OP_LOAD_FAST:
    case OP_STORE_FAST:
    case OP_DELETE_FAST:
        print_name(c->localnames, c->nlocals, arg, out);
        break;
    case OP_LOAD_DEREF:
    case OP_STORE_DEREF:
    case OP_DELETE_DEREF:
    case OP_LOAD_CLOSURE:
        if (arg < c->ncells)
            print_name(c->cellnames, c->ncells, arg, out);
        else
            print_name(c->freenames, c->nfree, arg - c->ncells, out);
        break;
    case OP_JUMP:
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE:
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER:
    case OP_SEND:
        fprintf(out, "(to %u)", arg);
        break;
    default:
        break;
    }
}

void code_disassemble(VM *vm, const CodeObj *c, FILE *out)
{
    fprintf(out, "Disassembly of %s (%s, line %d): stacksize %u, locals %u, cells %u, free %u\n",
            IS_STR(c->qualname) ? str_data(c->qualname) : "?",
            IS_STR(c->filename) ? str_data(c->filename) : "?", (int)c->firstline, c->stacksize,
            c->nlocals, c->ncells, c->nfree);
    int32_t last_line = -2;
    for (uint32_t ip = 0; ip < c->nwords;) {
        uint32_t w = c->words[ip];
        Opcode op = INSTR_OP(w);
        if (op >= OP_COUNT) {
            fprintf(out, "%6u <bad opcode %u>\n", ip, (unsigned)op);
            ip++;
            continue;
        }
        int32_t line = c->locs ? c->locs[ip].line : -1;
        if (line != last_line)
            fprintf(out, "%5d ", (int)line);
        else
            fputs("      ", out);
        last_line = line;
        fprintf(out, "%6u %-22s %6u ", ip, code_op_names[op], INSTR_ARG(w));
        print_arg_meaning(vm, c, op, INSTR_ARG(w), out);
        fputc('\n', out);
        ip += code_instr_words[op];
    }
    for (uint32_t i = 0; i < c->nexc; i++) {
        const ExcTableEntry *e = &c->exctable[i];
        fprintf(out, "  exc: %u to %u -> %u [%u]%s\n", e->start, e->end, e->target, e->depth,
                e->push_lasti ? " lasti" : "");
    }
    for (uint32_t i = 0; i < c->nconsts; i++) {
        if (!IS_CODE(c->consts[i])) continue;
        fputc('\n', out);
        code_disassemble(vm, AS_CODE(c->consts[i]), out);
    }
}
