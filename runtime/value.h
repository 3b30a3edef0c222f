/* value.h — the only file that knows how a Value is laid out.
 *
 * A Value is 64 bits, NaN-boxed:
 *   - any double whose bits are not a boxed pattern is a float, stored as itself;
 *   - sign|QNAN|ptr48                is a pointer to a heap (or static const) object;
 *   - QNAN|TAG_INT|payload48         is a small int in [-2^47, 2^47 - 1];
 *   - QNAN|TAG_SPECIAL|n             is a singleton (None, False, True, ...) or an internal marker.
 * Invariant: every float NaN is stored as CANONICAL_NAN (value_from_double ensures it), so no
 * float collides with a boxed pattern. Invariant: an int that fits the small range is always
 * small; a BigIntObj never holds a value in the small range (int.c normalises).
 */
#ifndef GARTER_VALUE_H
#define GARTER_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t Value;
typedef struct Obj Obj;

#define VALUE_SIGN ((uint64_t)0x8000000000000000)
#define VALUE_QNAN ((uint64_t)0x7ffc000000000000)
#define VALUE_TAG_INT ((uint64_t)0x0001000000000000)
#define VALUE_TAG_SPECIAL ((uint64_t)0x0002000000000000)
#define VALUE_PAYLOAD_MASK ((uint64_t)0x0000ffffffffffff)
#define VALUE_CANONICAL_NAN ((uint64_t)0x7ff8000000000000)

#define SMALL_INT_MIN (-((int64_t)1 << 47))
#define SMALL_INT_MAX (((int64_t)1 << 47) - 1)

#define VALUE_SPECIAL(n) (VALUE_QNAN | VALUE_TAG_SPECIAL | (uint64_t)(n))

/* Script-visible singletons. */
#define VAL_NONE VALUE_SPECIAL(1)
#define VAL_FALSE VALUE_SPECIAL(2)
#define VAL_TRUE VALUE_SPECIAL(3)
#define VAL_NOTIMPL VALUE_SPECIAL(4) /* NotImplemented */
#define VAL_ELLIPSIS VALUE_SPECIAL(5)
/* Internal markers: never visible to scripts, never stored in containers.
 *   VAL_UNDEF      unbound local, empty slot, absent argument, NULL
 *   VAL_ERR        an exception is pending on the VM
 *   VAL_EXHAUSTED  an iterator has no more items (no StopIteration object was made)
 *   VAL_PENDING    a frame was pushed; the result arrives later (vm.h) */
#define VAL_UNDEF VALUE_SPECIAL(8)
#define VAL_ERR VALUE_SPECIAL(9)
#define VAL_EXHAUSTED VALUE_SPECIAL(10)
#define VAL_PENDING VALUE_SPECIAL(11)

static inline bool val_is_float(Value v)
{
    return (v & VALUE_QNAN) != VALUE_QNAN;
}
static inline bool val_is_obj(Value v)
{
    return (v & (VALUE_SIGN | VALUE_QNAN)) == (VALUE_SIGN | VALUE_QNAN);
}
static inline bool val_is_small_int(Value v)
{
    return (v & (VALUE_SIGN | VALUE_QNAN | VALUE_TAG_INT | VALUE_TAG_SPECIAL)) ==
           (VALUE_QNAN | VALUE_TAG_INT);
}
static inline bool val_is_special(Value v)
{
    return (v & (VALUE_SIGN | VALUE_QNAN | VALUE_TAG_INT | VALUE_TAG_SPECIAL)) ==
           (VALUE_QNAN | VALUE_TAG_SPECIAL);
}
static inline bool val_is_none(Value v)
{
    return v == VAL_NONE;
}
static inline bool val_is_bool(Value v)
{
    return v == VAL_TRUE || v == VAL_FALSE;
}

static inline double val_as_float(Value v)
{
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}
static inline Value val_from_float(double d)
{
    Value v;
    if (d != d) return VALUE_CANONICAL_NAN;
    memcpy(&v, &d, sizeof v);
    return v;
}

static inline int64_t val_as_small_int(Value v)
{
    return ((int64_t)(v << 16)) >> 16;
}
static inline bool small_int_fits(int64_t i)
{
    return i >= SMALL_INT_MIN && i <= SMALL_INT_MAX;
}
/* Precondition: small_int_fits(i). Use int_from_i64 (int.h) for any int64. */
static inline Value val_from_small_int(int64_t i)
{
    return VALUE_QNAN | VALUE_TAG_INT | ((uint64_t)i & VALUE_PAYLOAD_MASK);
}

static inline Obj *val_as_obj(Value v)
{
    return (Obj *)(uintptr_t)(v & VALUE_PAYLOAD_MASK);
}
static inline Value val_from_obj(const void *o)
{
    return VALUE_SIGN | VALUE_QNAN | (uint64_t)(uintptr_t)o;
}

static inline Value val_from_bool(bool b)
{
    return b ? VAL_TRUE : VAL_FALSE;
}

#endif
