/* object.h — heap object layouts and the type object with its slots.
 *
 * Every heap object starts with an Obj header. Builtin types, builtin functions and other shared
 * singletons are `static const` objects with OBJ_STATIC set: shared by every VM, never marked,
 * never freed. Everything else is allocated with gc_new (gc.h) through the VM's Mem.
 *
 * Conventions for every function that can fail (the whole runtime follows them):
 *   - functions returning Value return VAL_ERR with an exception pending on the VM (vm_raise);
 *   - functions returning bool/int return false / -1 likewise;
 *   - allocation failure raises MemoryError (or records a limit stop) the same way.
 * GC runs only at safe points in the interpreter loop (gc.h), never inside an allocation, so native
 * code may hold Values in C locals across allocations without rooting them.
 */
#ifndef GARTER_OBJECT_H
#define GARTER_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <tommath.h>

#include "value.h"

typedef struct GarterVM VM;
typedef struct TypeObj TypeObj;

/* Object layouts. Instances of a user subclass of a builtin type share its layout. */
typedef enum ObjKind {
    OBJ_STR,
    OBJ_BYTES,
    OBJ_BYTEARRAY,
    OBJ_BIGINT,
    OBJ_COMPLEX,
    OBJ_LIST,
    OBJ_TUPLE,
    OBJ_DICT,
    OBJ_SET, /* set and frozenset */
    OBJ_RANGE,
    OBJ_SLICE,
    OBJ_CELL,
    OBJ_CODE,
    OBJ_FUNCTION,
    OBJ_BOUND_METHOD, /* a Python function bound to self */
    OBJ_NATIVE,       /* builtin function, bound builtin method, or method descriptor */
    OBJ_TYPE,
    OBJ_EXCEPTION,
    OBJ_TRACEBACK,
    OBJ_ITER, /* every native iterator: list_iterator, range_iterator, map, zip, ... */
    OBJ_DICT_VIEW,
    OBJ_GENERATOR,
    OBJ_MODULE,
    OBJ_INSTANCE,
    OBJ_PROPERTY,
    OBJ_CLASSMETHOD,
    OBJ_STATICMETHOD,
    OBJ_SUPER,
    OBJ_GENERIC_ALIAS, /* list[int]: types.GenericAlias */
    OBJ_KIND_COUNT
} ObjKind;

enum ObjFlags {
    OBJ_STATIC = 1 << 0,      /* static const: not in the heap list, never marked or freed */
    OBJ_INTERNED = 1 << 1,    /* str: the VM's interned copy */
    OBJ_ASCII = 1 << 2,       /* str: every byte < 0x80, so byte index == code point index */
    OBJ_FROZEN = 1 << 3,      /* set: a frozenset */
    OBJ_STR_INDEXED = 1 << 4, /* str: a table of code point offsets follows the data (str.c) */
    OBJ_INT_INLINE = 1 << 5,  /* big int: its digits live inside the object (int.c) */
};

struct Obj {
    const TypeObj *type;
    Obj *gc_next;   /* the VM's list of all heap objects */
    uint8_t kind;   /* ObjKind */
    uint8_t marked; /* gc mark bit */
    uint16_t flags; /* ObjFlags */
    uint32_t size;  /* allocation size in bytes when it fits, else 0 (see gc.c) */
};

#define OBJ_HEADER_INIT(type_ptr, kind_)                                                           \
    {                                                                                              \
        .type = (type_ptr), .gc_next = NULL, .kind = (kind_), .marked = 0, .flags = OBJ_STATIC,    \
        .size = 0                                                                                  \
    }

/* ---- native functions -------------------------------------------------------------------- */

/* Calling convention for every builtin function and method: `args` holds `nargs` positional
 * arguments followed by one value per keyword name in `kwnames` (a tuple of str, or VAL_UNDEF
 * when there are no keywords). For methods args[0] is self and counts in nargs. Returns the
 * result, VAL_ERR with an exception pending, or VAL_PENDING (vm.h: a continuation was pushed). */
typedef Value (*NativeFn)(VM *vm, const Value *args, int nargs, Value kwnames);

enum MethodFlags {
    METH_DEFAULT = 0,
    METH_STATIC = 1 << 0, /* no self (e.g. str.maketrans, bytes.fromhex is CLASS) */
    METH_CLASS = 1 << 1,  /* args[0] is the type */
};

typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    uint32_t flags;
} MethodDef;

/* A read-only (or read-write when set != NULL) attribute implemented in C. */
typedef struct MemberDef {
    const char *name;
    Value (*get)(VM *vm, Value self);
    bool (*set)(VM *vm, Value self, Value value);
} MemberDef;

typedef enum NativeKind {
    NATIVE_FUNCTION,   /* builtin function (print, len) or bound builtin method (xs.append) */
    NATIVE_DESCRIPTOR, /* unbound method taken from a type: str.lower; needs self as args[0] */
} NativeKind;

typedef struct NativeObj {
    Obj hdr;
    const MethodDef *def;
    Value self;           /* bound receiver, or VAL_UNDEF */
    const TypeObj *owner; /* the type a descriptor belongs to (NULL for plain functions) */
    uint8_t native_kind;  /* NativeKind */
} NativeObj;

/* ---- operators --------------------------------------------------------------------------- */

typedef enum BinOp {
#define BINOP(name, text, dunder, rdunder, idunder) BINOP_##name,
#include "binops.def"
#undef BINOP
    BINOP_COUNT
} BinOp;

typedef enum CmpOp { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CmpOp;
typedef enum UnaryOp { UNARY_NEG, UNARY_POS, UNARY_INVERT } UnaryOp;

/* ---- the type object --------------------------------------------------------------------- */

enum TypeFlags {
    TYPE_BASETYPE = 1 << 0,  /* may be subclassed */
    TYPE_EXCEPTION = 1 << 1, /* BaseException or a subclass */
    TYPE_HEAP = 1 << 2,      /* created by a class statement (issue 3) */
    TYPE_ITERATOR = 1 << 3,  /* iter(x) is x */
};

/* Slots are NULL when the type does not support the operation; the VM then raises CPython's
 * TypeError. Every slot may fail with VAL_ERR/-1/false and an exception pending. Slots that
 * compare or operate on two values are called for either operand's type: an implementation
 * returns VAL_NOTIMPL for operand types it does not handle, and the VM tries the other side. */
struct TypeObj {
    Obj hdr;
    const char *name;         /* __name__ */
    const TypeObj *base;      /* single base for builtin types; NULL for object */
    uint8_t layout;           /* ObjKind of instances (meaningless for int/float/None/bool) */
    uint32_t tflags;          /* TypeFlags */
    const MethodDef *methods; /* terminated by an entry with name == NULL; may be NULL */
    const MemberDef *members; /* likewise */

    Value (*construct)(VM *vm, const TypeObj *type, const Value *args, int nargs, Value kwnames);
    Value (*repr)(VM *vm, Value self);
    Value (*str)(VM *vm, Value self);                     /* NULL: use repr */
    bool (*hash)(VM *vm, Value self, int64_t *out);       /* NULL: unhashable */
    Value (*compare)(VM *vm, Value a, Value b, CmpOp op); /* bool, VAL_NOTIMPL or VAL_ERR */
    Value (*binop)(VM *vm, Value a, Value b, BinOp op);   /* value, VAL_NOTIMPL or VAL_ERR */
    Value (*unary)(VM *vm, Value a, UnaryOp op);          /* value, VAL_NOTIMPL or VAL_ERR */
    int (*truth)(VM *vm, Value self);                     /* NULL: len != 0, else true */
    int64_t (*len)(VM *vm, Value self);                   /* -1 on error */
    Value (*getitem)(VM *vm, Value self, Value key);
    bool (*setitem)(VM *vm, Value self, Value key, Value value); /* value VAL_UNDEF: delete */
    int (*contains)(VM *vm, Value self, Value item);             /* 1, 0, -1 */
    Value (*iter)(VM *vm, Value self);
    Value (*next)(VM *vm, Value self); /* value, VAL_EXHAUSTED, VAL_ERR or VAL_PENDING */
    Value (*call)(VM *vm, Value self, const Value *args, int nargs, Value kwnames);
    Value (*getattr)(VM *vm, Value self, Value name); /* NULL: generic lookup (attr.c) */
    bool (*setattr)(VM *vm, Value self, Value name, Value value); /* value VAL_UNDEF: delete */
    void (*trace)(VM *vm, Obj *self);   /* mark every Value the object holds (gc_mark_value) */
    void (*destroy)(VM *vm, Obj *self); /* free buffers the object owns (not the object) */
    Value dict;                         /* heap types: the class namespace; else VAL_UNDEF */
    Value mro;                          /* heap types: tuple; else VAL_UNDEF */
    /* Heap types: what instantiation looks up, valid while vm->class_epoch equals cache_epoch
     * (class.c). The values are held by the namespaces, so they need no tracing. */
    uint64_t cache_epoch;
    Value cached_new, cached_init;
};

/* ---- layouts ----------------------------------------------------------------------------- */

typedef struct StrObj {
    Obj hdr;       /* flags: OBJ_ASCII, OBJ_INTERNED */
    int64_t hash;  /* -1 until computed with the VM's key */
    size_t len;    /* bytes, excluding the terminating NUL */
    size_t nchars; /* code points */
    char data[];   /* valid UTF-8, NUL-terminated */
} StrObj;

typedef struct BytesObj {
    Obj hdr;
    int64_t hash;
    size_t len;
    uint8_t data[]; /* NUL-terminated for convenience */
} BytesObj;

typedef struct ByteArrayObj {
    Obj hdr;
    size_t len, cap;
    uint8_t *data;
} ByteArrayObj;

typedef struct BigIntObj {
    Obj hdr;
    mp_int n; /* never in the small-int range (value.h invariant) */
} BigIntObj;

typedef struct ComplexObj {
    Obj hdr;
    double real, imag;
} ComplexObj;

typedef struct ListObj {
    Obj hdr;
    size_t len, cap;
    Value *items;
    Value attrs; /* instances of subclasses: attribute dict; 0 or VAL_UNDEF when none */
} ListObj;

typedef struct TupleObj {
    Obj hdr;
    int64_t hash; /* -1 until computed */
    size_t len;
    Value items[];
} TupleObj;

/* Compact ordered dict (as CPython): `entries` in insertion order, `indices` an open-addressing
 * table of entry positions. A deleted entry keeps its slot with key == VAL_UNDEF. */
typedef struct DictEntry {
    int64_t hash;
    Value key;
    Value value;
} DictEntry;

typedef struct DictObj {
    Obj hdr;
    DictEntry *entries;
    int32_t *indices; /* DICT_EMPTY (-1), DICT_DUMMY (-2) or an entry position */
    size_t nentries;  /* used entry slots, deleted ones included */
    size_t nlive;     /* len(d) */
    size_t entry_cap;
    size_t nbuckets;  /* power of two, or 0 when nothing was ever stored */
    uint64_t version; /* bumped on every mutation: inline caches compare it */
    Value attrs;      /* instances of subclasses: attribute dict; 0 or VAL_UNDEF when none */
} DictObj;

/* CPython's set table, so iteration order matches CPython's for the same insertions. */
typedef struct SetEntry {
    int64_t hash;
    Value key; /* VAL_UNDEF: empty; VAL_EXHAUSTED: dummy (deleted) */
} SetEntry;

typedef struct SetObj {
    Obj hdr; /* OBJ_FROZEN for frozenset */
    SetEntry *table;
    size_t mask;   /* table size - 1 */
    size_t fill;   /* live + dummy */
    size_t used;   /* live */
    int64_t hash;  /* frozenset: -1 until computed */
    size_t finger; /* pop() position, as CPython */
    Value attrs;   /* instances of subclasses: attribute dict; 0 or VAL_UNDEF when none */
} SetObj;

typedef struct RangeObj {
    Obj hdr;
    int64_t start, stop, step, length;
} RangeObj;

typedef struct SliceObj {
    Obj hdr;
    Value start, stop, step;
} SliceObj;

typedef struct CellObj {
    Obj hdr;
    Value value; /* VAL_UNDEF when empty */
} CellObj;

typedef struct CodeObj CodeObj; /* code.h */

typedef struct FunctionObj {
    Obj hdr;
    CodeObj *code;
    Value globals;    /* dict */
    Value defaults;   /* tuple or VAL_UNDEF */
    Value kwdefaults; /* dict or VAL_UNDEF */
    Value closure;    /* tuple of cells or VAL_UNDEF */
    Value name;       /* str */
    Value qualname;   /* str */
    Value doc;        /* VAL_NONE or str */
    Value dict;       /* function attributes: dict or VAL_UNDEF */
    Value module;     /* str: __module__ */
} FunctionObj;

typedef struct BoundMethodObj {
    Obj hdr;
    Value func;
    Value self;
} BoundMethodObj;

typedef struct ExceptionObj {
    Obj hdr;
    Value args;      /* tuple */
    Value cause;     /* exception or VAL_NONE */
    Value context;   /* exception or VAL_NONE */
    Value traceback; /* TracebackObj or VAL_NONE */
    Value dict;      /* extra attributes: dict or VAL_UNDEF */
    Value value;     /* StopIteration.value; KeyError etc. leave it VAL_UNDEF */
    bool suppress_context;
} ExceptionObj;

/* One entry per Python frame an exception passed through, innermost last (CPython's order). */
typedef struct TracebackObj {
    Obj hdr;
    Value next; /* TracebackObj or VAL_NONE */
    CodeObj *code;
    uint32_t ip; /* word index of the instruction that raised */
} TracebackObj;

/* Every native iterator. The type (hdr.type) says how next works; fields by convention:
 * seq = the iterated object (or the function for map/filter), aux = a second object (inner
 * iterator(s) for map/filter/zip/enumerate), index/stop/step = positions. */
typedef struct IterObj {
    Obj hdr;
    Value seq;
    Value aux;
    int64_t index, stop, step;
} IterObj;

typedef struct DictViewObj {
    Obj hdr; /* type: dict_keys, dict_values or dict_items */
    Value dict;
} DictViewObj;

typedef struct ModuleObj {
    Obj hdr;
    Value name;
    Value dict;
} ModuleObj;

/* A generator: the suspended frame's slots are copied here between resumptions (so a paused
 * generator is ordinary heap data that the GC traces and a snapshot can store). */
typedef enum GenState { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE } GenState;

typedef struct GeneratorObj {
    Obj hdr;
    Value func;   /* the FunctionObj: code, globals, name */
    Value *slots; /* saved frame slots, `cap` allocated, `nslots` in use */
    uint32_t nslots, cap;
    uint32_t ip;   /* where to resume (word index) */
    uint8_t state; /* GenState */
    Value retval;  /* the returned value once GEN_DONE (StopIteration.value, yield from) */
    Value name, qualname;
} GeneratorObj;

typedef struct GenericAliasObj {
    Obj hdr;
    Value origin; /* the subscripted type */
    Value args;   /* tuple */
} GenericAliasObj;

typedef struct InstanceObj {
    Obj hdr;
    Value dict; /* dict or VAL_UNDEF */
} InstanceObj;

/* ---- casts ------------------------------------------------------------------------------- */

#define AS_STR(v) ((StrObj *)val_as_obj(v))
#define AS_BYTES(v) ((BytesObj *)val_as_obj(v))
#define AS_BYTEARRAY(v) ((ByteArrayObj *)val_as_obj(v))
#define AS_BIGINT(v) ((BigIntObj *)val_as_obj(v))
#define AS_COMPLEX(v) ((ComplexObj *)val_as_obj(v))
#define AS_LIST(v) ((ListObj *)val_as_obj(v))
#define AS_TUPLE(v) ((TupleObj *)val_as_obj(v))
#define AS_DICT(v) ((DictObj *)val_as_obj(v))
#define AS_SET(v) ((SetObj *)val_as_obj(v))
#define AS_RANGE(v) ((RangeObj *)val_as_obj(v))
#define AS_SLICE(v) ((SliceObj *)val_as_obj(v))
#define AS_CELL(v) ((CellObj *)val_as_obj(v))
#define AS_CODE(v) ((CodeObj *)val_as_obj(v))
#define AS_FUNCTION(v) ((FunctionObj *)val_as_obj(v))
#define AS_BOUND_METHOD(v) ((BoundMethodObj *)val_as_obj(v))
#define AS_NATIVE(v) ((NativeObj *)val_as_obj(v))
#define AS_TYPE(v) ((TypeObj *)val_as_obj(v))
#define AS_EXCEPTION(v) ((ExceptionObj *)val_as_obj(v))
#define AS_TRACEBACK(v) ((TracebackObj *)val_as_obj(v))
#define AS_ITER(v) ((IterObj *)val_as_obj(v))
#define AS_DICT_VIEW(v) ((DictViewObj *)val_as_obj(v))
#define AS_MODULE(v) ((ModuleObj *)val_as_obj(v))
#define AS_INSTANCE(v) ((InstanceObj *)val_as_obj(v))
#define AS_GENERATOR(v) ((GeneratorObj *)val_as_obj(v))

static inline bool val_is_kind(Value v, ObjKind kind)
{
    return val_is_obj(v) && val_as_obj(v)->kind == kind;
}
#define IS_STR(v) val_is_kind((v), OBJ_STR)
#define IS_BYTES(v) val_is_kind((v), OBJ_BYTES)
#define IS_BYTEARRAY(v) val_is_kind((v), OBJ_BYTEARRAY)
#define IS_BIGINT(v) val_is_kind((v), OBJ_BIGINT)
#define IS_LIST(v) val_is_kind((v), OBJ_LIST)
#define IS_TUPLE(v) val_is_kind((v), OBJ_TUPLE)
#define IS_DICT(v) val_is_kind((v), OBJ_DICT)
#define IS_SET(v) val_is_kind((v), OBJ_SET)
#define IS_FUNCTION(v) val_is_kind((v), OBJ_FUNCTION)
#define IS_TYPE(v) val_is_kind((v), OBJ_TYPE)
#define IS_EXCEPTION(v) val_is_kind((v), OBJ_EXCEPTION)
#define IS_CODE(v) val_is_kind((v), OBJ_CODE)
#define IS_NATIVE(v) val_is_kind((v), OBJ_NATIVE)
#define IS_CELL(v) val_is_kind((v), OBJ_CELL)
#define IS_GENERATOR(v) val_is_kind((v), OBJ_GENERATOR)

/* Any int: small or big (bool is an int subtype but is not included here). */
static inline bool val_is_int(Value v)
{
    return val_is_small_int(v) || IS_BIGINT(v);
}

#endif
