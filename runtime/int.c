/* int.c — int arithmetic, comparison, hashing and conversion to double. Small ints live inline
 * in the Value (value.h); bigger ones are BigIntObj holding a libtommath mp_int. Text conversion,
 * methods and the type objects are in int_methods.c.
 *
 * Invariants:
 *   - results are normalised: a value in the small range is always returned small (a BigIntObj of
 *     an int *subclass* may hold any value; every function here accepts that);
 *   - a BigIntObj's digits (malloc'd by libtommath, which cannot be redirected) are charged to
 *     vm->mem.live_bytes when the object is made and given back by int_destroy; ints are
 *     immutable, so the charge (alloc * sizeof(mp_digit)) never changes in between;
 *   - operations whose result size is known in advance (*, **, <<) check it first and raise
 *     MemoryError at once when it cannot fit (2 ** 10**12 never starts computing).
 * Operands are read through IntView, a stack mp_int over the small value, so a small operand
 * costs no allocation; views are only ever passed as const inputs.
 */
#include <math.h>

#include "exception.h"
#include "floatobj.h"
#include "gc.h"
#include "int.h"
#include "ops.h"
#include "tuple.h"

_Static_assert(MP_DIGIT_BIT >= 28, "IntView needs at most 3 digits for 64 bits");

/* Largest result we attempt, in bits: libtommath counts digits in an int, and nothing sensible
 * needs more than half a gigabyte for one integer. */
#define INT_MAX_BITS (((uint64_t)1 << 31) - 256)

/* 2**61 - 1: the modulus of Python's numeric hash (sys.hash_info.modulus). */
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

/* ---- views and construction ------------------------------------------------------------- */

int64_t int_small_of(Value v)
{
    if (val_is_small_int(v)) return val_as_small_int(v);
    return v == VAL_TRUE ? 1 : 0;
}

const mp_int *int_view(Value v, IntView *view)
{
    if (val_is_obj(v)) return &AS_BIGINT(v)->n;
    int64_t x = int_small_of(v);
    uint64_t mag = x < 0 ? -(uint64_t)x : (uint64_t)x;
    int used = 0;
    while (mag) {
        view->digits[used++] = (mp_digit)(mag & MP_MASK);
        mag >>= MP_DIGIT_BIT;
    }
    view->m.used = used;
    view->m.alloc = 3;
    view->m.sign = x < 0 ? MP_NEG : MP_ZPOS;
    view->m.dp = view->digits;
    return &view->m;
}

Value int_mp_fail(VM *vm, mp_err err)
{
    if (err == MP_MEM) return vm_raise_nomem(vm);
    return vm_raise(vm, &exc_SystemError, "integer arithmetic failed (%s)",
                    mp_error_to_string(err));
}

bool int_size_ok(VM *vm, uint64_t bits)
{
    if (bits > INT_MAX_BITS) {
        vm_raise_nomem(vm);
        return false;
    }
    if (!mem_would_fit(&vm->mem, (size_t)(bits / 8) + 64)) {
        vm->mem.failed = MEM_LIMIT_BYTES;
        vm_raise_nomem(vm);
        return false;
    }
    return true;
}

Value int_wrap_mp(VM *vm, mp_int *m, const TypeObj *type)
{
    if (m->alloc > m->used + 1 && mp_shrink(m) != MP_OKAY) {
        mp_clear(m);
        return vm_raise_nomem(vm);
    }
    size_t charge = (size_t)m->alloc * sizeof(mp_digit);
    if (!mem_would_fit(&vm->mem, charge)) {
        mp_clear(m);
        vm->mem.failed = MEM_LIMIT_BYTES;
        return vm_raise_nomem(vm);
    }
    BigIntObj *o = gc_new(vm, sizeof *o, OBJ_BIGINT, type);
    if (!o) {
        mp_clear(m);
        return VAL_ERR;
    }
    o->n = *m; /* the object owns the digits from here on */
    vm->mem.live_bytes += charge;
    if (vm->mem.live_bytes > vm->mem.peak_bytes) vm->mem.peak_bytes = vm->mem.live_bytes;
    return val_from_obj(o);
}

Value int_from_mp(VM *vm, mp_int *m)
{
    if (mp_count_bits(m) <= 48) {
        int64_t x = mp_get_i64(m);
        if (small_int_fits(x)) {
            mp_clear(m);
            return val_from_small_int(x);
        }
    }
    return int_wrap_mp(vm, m, &type_int);
}

void int_destroy(VM *vm, Obj *self)
{
    BigIntObj *o = (BigIntObj *)self;
    if (self->flags & OBJ_INT_INLINE) return; /* digits are part of the object */
    size_t charge = (size_t)o->n.alloc * sizeof(mp_digit);
    if (o->n.dp) vm->mem.live_bytes -= charge;
    mp_clear(&o->n);
}

typedef __int128 i128;
typedef unsigned __int128 u128;

/* Ints of up to 128 bits keep their (at most three) digits inside the object (OBJ_INT_INLINE):
 * one small allocation from the VM's pools and none from libtommath. libtommath only ever reads
 * such an mp_int (results are always fresh mp_ints), and int_destroy does not mp_clear it. */
#define INLINE_DIGITS ((128 + MP_DIGIT_BIT - 1) / MP_DIGIT_BIT)

typedef struct InlineBigInt {
    BigIntObj base;
    mp_digit digits[INLINE_DIGITS];
} InlineBigInt;

static Value int_new_inline(VM *vm, u128 mag, bool negative)
{
    InlineBigInt *o = gc_new(vm, sizeof *o, OBJ_BIGINT, &type_int);
    if (!o) return VAL_ERR;
    o->base.hdr.flags |= OBJ_INT_INLINE;
    mp_int *m = &o->base.n;
    m->dp = o->digits;
    m->alloc = INLINE_DIGITS;
    m->used = 0;
    while (mag) {
        m->dp[m->used++] = (mp_digit)(mag & MP_MASK);
        mag >>= MP_DIGIT_BIT;
    }
    m->sign = negative && m->used ? MP_NEG : MP_ZPOS;
    return val_from_obj(o);
}

Value int_from_i64(VM *vm, int64_t i)
{
    if (small_int_fits(i)) return val_from_small_int(i);
    return int_new_inline(vm, i < 0 ? -(u128)i : (u128)i, i < 0);
}

Value int_from_u64(VM *vm, uint64_t u)
{
    if (u <= (uint64_t)SMALL_INT_MAX) return val_from_small_int((int64_t)u);
    return int_new_inline(vm, u, false);
}

Value int_from_double(VM *vm, double d)
{
    if (isnan(d)) return vm_raise(vm, &exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        return vm_raise(vm, &exc_OverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    if (fabs(d) < 9007199254740992.0) return int_from_i64(vm, (int64_t)d);
    mp_int m;
    if (mp_init(&m) != MP_OKAY) return vm_raise_nomem(vm);
    mp_err err = mp_set_double(&m, d);
    if (err != MP_OKAY) {
        mp_clear(&m);
        return int_mp_fail(vm, err);
    }
    return int_from_mp(vm, &m);
}

/* ---- inspection ------------------------------------------------------------------------- */

int int_sign(Value v)
{
    if (!val_is_obj(v)) {
        int64_t x = int_small_of(v);
        return (x > 0) - (x < 0);
    }
    const mp_int *m = &AS_BIGINT(v)->n;
    if (m->used == 0) return 0;
    return m->sign == MP_NEG ? -1 : 1;
}

bool int_to_i64(Value v, int64_t *out)
{
    if (!val_is_obj(v)) {
        *out = int_small_of(v);
        return true;
    }
    const mp_int *m = &AS_BIGINT(v)->n;
    if (mp_count_bits(m) > 64) return false;
    uint64_t mag = mp_get_mag_u64(m);
    if (m->sign == MP_NEG) {
        if (mag > (uint64_t)1 << 63) return false;
        *out = (int64_t)(0 - mag);
    } else {
        if (mag > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)mag;
    }
    return true;
}

uint64_t int_bit_length(Value v)
{
    IntView view;
    return (uint64_t)mp_count_bits(int_view(v, &view));
}

/* |m| >> shift as a uint64 (the caller guarantees it fits), with *sticky set when any of the
 * bits shifted out is 1. Reads the digits directly, so it needs no allocation. */
static uint64_t mp_top_bits(const mp_int *m, int shift, bool *sticky)
{
    int digit = shift / MP_DIGIT_BIT, bit = shift % MP_DIGIT_BIT;
    bool lost = false;
    for (int i = 0; i < digit && i < m->used; i++) lost |= m->dp[i] != 0;
    if (bit && digit < m->used) lost |= (m->dp[digit] & (((mp_digit)1 << bit) - 1)) != 0;
    uint64_t r = 0;
    int pos = 0; /* bit position in r of the next digit part */
    for (int i = digit; i < m->used && pos < 64; i++) {
        uint64_t part = (uint64_t)m->dp[i];
        if (i == digit) {
            part >>= bit;
            r |= part << pos;
            pos += MP_DIGIT_BIT - bit;
        } else {
            r |= part << pos;
            pos += MP_DIGIT_BIT;
        }
    }
    *sticky = lost;
    return r;
}

/* |m| rounded half-even to a double as mantissa * 2**exp (exp may exceed the double range). */
static double mp_to_double_parts(const mp_int *m, int *exp)
{
    int nbits = mp_count_bits(m);
    if (nbits <= 64) {
        bool sticky;
        *exp = 0;
        return (double)mp_top_bits(m, 0, &sticky); /* the conversion rounds half to even */
    }
    /* Keep 55 bits: 53 + a round bit + a sticky bit folded into the lowest. */
    int shift = nbits - (DBL_MANT_DIG + 2);
    bool sticky;
    uint64_t q = mp_top_bits(m, shift, &sticky);
    q |= sticky;
    /* Round half even at bit 2 (the two low bits are round and sticky). */
    if ((q & 2) && (q & 5)) q += 4;
    q &= ~(uint64_t)3;
    *exp = shift;
    return (double)q;
}

bool int_to_double(VM *vm, Value v, double *out)
{
    if (!val_is_obj(v)) {
        *out = (double)int_small_of(v);
        return true;
    }
    const mp_int *m = &AS_BIGINT(v)->n;
    int exp;
    double mant = mp_to_double_parts(m, &exp);
    if (exp > DBL_MAX_EXP || (mant != 0 && exp + ilogb(mant) >= DBL_MAX_EXP)) {
        vm_raise(vm, &exc_OverflowError, "int too large to convert to float");
        return false;
    }
    double d = ldexp(mant, exp);
    *out = m->sign == MP_NEG ? -d : d;
    return true;
}

int int_cmp(Value a, Value b)
{
    if (!val_is_obj(a) && !val_is_obj(b)) {
        int64_t x = int_small_of(a), y = int_small_of(b);
        return (x > y) - (x < y);
    }
    IntView va, vb;
    return mp_cmp(int_view(a, &va), int_view(b, &vb));
}

int int_cmp_double(Value a, double b)
{
    if (isinf(b)) return b > 0 ? -1 : 1;
    if (!val_is_obj(a)) {
        /* Exact: a small int converts to double without rounding. */
        double x = (double)int_small_of(a);
        return (x > b) - (x < b);
    }
    const mp_int *m = &AS_BIGINT(a)->n;
    int sa = int_sign(a), sb = (b > 0) - (b < 0);
    if (sa != sb) return sa < sb ? -1 : 1;
    if (sa == 0) return 0;
    /* Same sign, both non-zero: compare magnitudes, then flip for negatives. */
    double mag_b = fabs(b);
    int nbits = mp_count_bits(m), ebits;
    double frac = frexp(mag_b, &ebits); /* mag_b = frac * 2**ebits, frac in [0.5, 1) */
    int c;
    if (nbits != ebits) {
        c = nbits < ebits ? -1 : 1;
    } else if (nbits <= 64) {
        bool sticky;
        uint64_t ia = mp_top_bits(m, 0, &sticky);
        double ip;
        double fp = modf(mag_b, &ip);
        /* ip < 2**64 here; compare integer parts, then the fraction. */
        uint64_t ib = (uint64_t)ip;
        c = ia < ib ? -1 : ia > ib ? 1 : (fp > 0 ? -1 : 0);
    } else {
        /* mag_b is an integer with nbits bits: its mantissa is the top 53 bits. */
        int shift = nbits - DBL_MANT_DIG;
        bool sticky;
        uint64_t top = mp_top_bits(m, shift, &sticky);
        uint64_t mb = (uint64_t)ldexp(frac, DBL_MANT_DIG);
        c = top < mb ? -1 : top > mb ? 1 : (sticky ? 1 : 0);
    }
    return sa < 0 ? -c : c;
}

int64_t int_hash(Value v)
{
    if (!val_is_obj(v)) {
        int64_t x = int_small_of(v);
        return x == -1 ? -2 : x;
    }
    const mp_int *m = &AS_BIGINT(v)->n;
    uint64_t x = 0;
    /* Horner over the digits, modulo 2**61 - 1: multiplying by 2**k is a 61-bit rotation. */
    for (int i = m->used - 1; i >= 0; i--) {
        x = ((x << MP_DIGIT_BIT) & HASH_MODULUS) | (x >> (61 - MP_DIGIT_BIT));
        x += (uint64_t)m->dp[i];
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    int64_t h = m->sign == MP_NEG ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

/* ---- big arithmetic ----------------------------------------------------------------------- */

/* Python's floor division/modulo from libtommath's truncating division; q or r may be NULL. */
static mp_err mp_floordiv(const mp_int *a, const mp_int *b, mp_int *q, mp_int *r)
{
    mp_int qq, rr;
    mp_err err = mp_init_multi(&qq, &rr, NULL);
    if (err != MP_OKAY) return err;
    err = mp_div(a, b, &qq, &rr);
    if (err == MP_OKAY && rr.used != 0 && rr.sign != b->sign) {
        err = mp_decr(&qq);
        if (err == MP_OKAY) err = mp_add(&rr, b, &rr);
    }
    if (err == MP_OKAY) {
        if (q) mp_exch(q, &qq);
        if (r) mp_exch(r, &rr);
    }
    mp_clear_multi(&qq, &rr, NULL);
    return err;
}

/* Result of a binary libtommath operation as a normalised int. */
typedef mp_err (*MpBinFn)(const mp_int *, const mp_int *, mp_int *);

static Value int_apply(VM *vm, MpBinFn fn, const mp_int *a, const mp_int *b)
{
    mp_int r;
    mp_err err = mp_init(&r);
    if (err == MP_OKAY) err = fn(a, b, &r);
    if (err != MP_OKAY) {
        mp_clear(&r);
        return int_mp_fail(vm, err);
    }
    return int_from_mp(vm, &r);
}

/* a * b, by a single digit in O(n) when either operand is one digit (libtommath's mp_mul
 * would run its general O(n*m) loop: factorials and `10 * q` multiply by small factors). */
static mp_err mp_mul_fast(const mp_int *a, const mp_int *b, mp_int *r)
{
    if (a->used == 1 && b->used > 1) {
        const mp_int *t = a;
        a = b;
        b = t;
    }
    if (b->used != 1) return mp_mul(a, b, r);
    mp_err err = mp_mul_d(a, b->dp[0], r);
    if (err == MP_OKAY && r->used > 0) r->sign = a->sign == b->sign ? MP_ZPOS : MP_NEG;
    return err;
}

static mp_err mp_floordiv_q(const mp_int *a, const mp_int *b, mp_int *q)
{
    return mp_floordiv(a, b, q, NULL);
}

static mp_err mp_floordiv_r(const mp_int *a, const mp_int *b, mp_int *r)
{
    return mp_floordiv(a, b, NULL, r);
}

Value int_divmod(VM *vm, Value a, Value b)
{
    if (int_sign(b) == 0)
        return vm_raise(vm, &exc_ZeroDivisionError, "integer division or modulo by zero");
    IntView va, vb;
    mp_int q, r;
    mp_err err = mp_init_multi(&q, &r, NULL);
    if (err != MP_OKAY) return vm_raise_nomem(vm);
    err = mp_floordiv(int_view(a, &va), int_view(b, &vb), &q, &r);
    if (err != MP_OKAY) {
        mp_clear_multi(&q, &r, NULL);
        return int_mp_fail(vm, err);
    }
    Value vr = int_from_mp(vm, &r);
    if (vr == VAL_ERR) {
        mp_clear(&q);
        return VAL_ERR;
    }
    Value vq = int_from_mp(vm, &q);
    if (vq == VAL_ERR) return VAL_ERR;
    return tuple_pack2(vm, vq, vr);
}

/* True division, correctly rounded (CPython's long_true_divide). */
static Value int_truediv(VM *vm, Value a, Value b)
{
    IntView va, vb;
    const mp_int *ma = int_view(a, &va), *mb = int_view(b, &vb);
    if (mb->used == 0) return vm_raise(vm, &exc_ZeroDivisionError, "division by zero");
    bool negate = (ma->sign == MP_NEG) != (mb->sign == MP_NEG);
    if (ma->used == 0) return val_from_float(negate ? -0.0 : 0.0);
    int abits = mp_count_bits(ma), bbits = mp_count_bits(mb);
    if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG) {
        bool s;
        double x = (double)mp_top_bits(ma, 0, &s), y = (double)mp_top_bits(mb, 0, &s);
        return val_from_float(negate ? -(x / y) : x / y);
    }
    int64_t diff = (int64_t)abits - bbits;
    if (diff > DBL_MAX_EXP + 1) goto overflow;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return val_from_float(negate ? -0.0 : 0.0);
    /* x = |a| * 2**-shift has DBL_MANT_DIG + 2 or + 3 bits more than |b|. */
    int shift = (int)(diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    mp_int x, q, rem;
    mp_err err = mp_init_multi(&x, &q, &rem, NULL);
    if (err != MP_OKAY) return vm_raise_nomem(vm);
    if (shift <= 0) {
        err = mp_mul_2d(ma, -shift, &x);
    } else {
        bool sticky;
        (void)mp_top_bits(ma, shift, &sticky);
        inexact = sticky;
        err = mp_div_2d(ma, shift, &x, NULL);
    }
    if (err == MP_OKAY) err = mp_abs(&x, &x);
    if (err == MP_OKAY) {
        mp_int babs = *mb;
        babs.sign = MP_ZPOS; /* a read-only alias of b's digits */
        err = mp_div(&x, &babs, &q, &rem);
    }
    if (err != MP_OKAY) {
        mp_clear_multi(&x, &q, &rem, NULL);
        return int_mp_fail(vm, err);
    }
    inexact |= rem.used != 0;
    int xbits = mp_count_bits(&q);
    bool sticky;
    uint64_t low = mp_top_bits(&q, 0, &sticky); /* q < 2**57 */
    mp_clear_multi(&x, &q, &rem, NULL);
    int extra = (xbits > DBL_MIN_EXP - shift ? xbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra - 1);
    low |= inexact;
    if ((low & mask) && (low & (3 * mask - 1))) low += mask;
    low &= ~(2 * mask - 1);
    double dx = (double)low;
    if (shift + xbits >= DBL_MAX_EXP && (shift + xbits > DBL_MAX_EXP || dx == ldexp(1.0, xbits)))
        goto overflow;
    double result = ldexp(dx, shift);
    return val_from_float(negate ? -result : result);
overflow:
    return vm_raise(vm, &exc_OverflowError, "integer division result too large for a float");
}

/* a ** e for e >= 0 that fits an int64. */
static Value int_pow_big(VM *vm, const mp_int *a, int64_t e)
{
    int abits = mp_count_bits(a);
    if (abits <= 1 || e <= 1) {
        /* a in {-1, 0, 1}, or a trivial exponent */
        if (e == 0) return val_from_small_int(1);
        if (abits == 0) return val_from_small_int(0);
        if (e == 1 || abits == 1) {
            mp_int r;
            mp_err err = mp_init_copy(&r, a);
            if (err != MP_OKAY) return vm_raise_nomem(vm);
            if (abits == 1 && r.sign == MP_NEG && e % 2 == 0) r.sign = MP_ZPOS;
            return int_from_mp(vm, &r);
        }
    }
    /* The result has more than (abits - 1) * e bits, and abits >= 2 here. */
    if ((uint64_t)e >= INT_MAX_BITS) return vm_raise_nomem(vm);
    if (!int_size_ok(vm, (uint64_t)(abits - 1) * (uint64_t)e)) return VAL_ERR;
    mp_int r;
    mp_err err = mp_init(&r);
    if (err == MP_OKAY) err = mp_expt_u32(a, (uint32_t)e, &r);
    if (err != MP_OKAY) {
        mp_clear(&r);
        return int_mp_fail(vm, err);
    }
    return int_from_mp(vm, &r);
}

/* Power with an int exponent: negative exponents give a float. */
static Value int_pow(VM *vm, Value a, Value b)
{
    if (int_sign(b) < 0) {
        double x, y;
        if (!int_to_double(vm, a, &x) || !int_to_double(vm, b, &y)) return VAL_ERR;
        return float_pow(vm, x, y);
    }
    IntView va;
    const mp_int *ma = int_view(a, &va);
    int64_t e;
    if (!int_to_i64(b, &e)) {
        /* A huge exponent: only 0, 1 and -1 have a representable power. */
        int abits = mp_count_bits(ma);
        if (abits > 1) return vm_raise_nomem(vm);
        if (abits == 0) return val_from_small_int(0);
        bool odd = mp_isodd(&AS_BIGINT(b)->n);
        return val_from_small_int(ma->sign == MP_NEG && odd ? -1 : 1);
    }
    return int_pow_big(vm, ma, e);
}

static Value int_lshift(VM *vm, Value a, Value b)
{
    if (int_sign(b) < 0) return vm_raise(vm, &exc_ValueError, "negative shift count");
    if (int_sign(a) == 0) return val_from_small_int(0);
    int64_t n;
    if (!int_to_i64(b, &n)) return vm_raise(vm, &exc_OverflowError, "too many digits in integer");
    if (!int_size_ok(vm, int_bit_length(a) + (uint64_t)n)) return VAL_ERR;
    IntView va;
    mp_int r;
    mp_err err = mp_init(&r);
    if (err == MP_OKAY) err = mp_mul_2d(int_view(a, &va), (int)n, &r);
    if (err != MP_OKAY) {
        mp_clear(&r);
        return int_mp_fail(vm, err);
    }
    return int_from_mp(vm, &r);
}

static Value int_rshift(VM *vm, Value a, Value b)
{
    if (int_sign(b) < 0) return vm_raise(vm, &exc_ValueError, "negative shift count");
    int64_t n;
    if (!int_to_i64(b, &n) || (uint64_t)n >= int_bit_length(a))
        return val_from_small_int(int_sign(a) < 0 ? -1 : 0);
    IntView va;
    mp_int r;
    mp_err err = mp_init(&r);
    if (err == MP_OKAY) err = mp_signed_rsh(int_view(a, &va), (int)n, &r);
    if (err != MP_OKAY) {
        mp_clear(&r);
        return int_mp_fail(vm, err);
    }
    return int_from_mp(vm, &r);
}

static Value int_big_binop(VM *vm, Value a, Value b, BinOp op)
{
    IntView va, vb;
    const mp_int *ma = int_view(a, &va), *mb = int_view(b, &vb);
    switch (op) {
    case BINOP_ADD:
        return int_apply(vm, mp_add, ma, mb);
    case BINOP_SUB:
        return int_apply(vm, mp_sub, ma, mb);
    case BINOP_MUL:
        if (!int_size_ok(vm, (uint64_t)mp_count_bits(ma) + (uint64_t)mp_count_bits(mb)))
            return VAL_ERR;
        return int_apply(vm, mp_mul_fast, ma, mb);
    case BINOP_FLOORDIV:
        if (mb->used == 0)
            return vm_raise(vm, &exc_ZeroDivisionError, "integer division or modulo by zero");
        return int_apply(vm, mp_floordiv_q, ma, mb);
    case BINOP_MOD:
        if (mb->used == 0) return vm_raise(vm, &exc_ZeroDivisionError, "integer modulo by zero");
        return int_apply(vm, mp_floordiv_r, ma, mb);
    case BINOP_TRUEDIV:
        return int_truediv(vm, a, b);
    case BINOP_POW:
        return int_pow(vm, a, b);
    case BINOP_LSHIFT:
        return int_lshift(vm, a, b);
    case BINOP_RSHIFT:
        return int_rshift(vm, a, b);
    case BINOP_AND:
        return int_apply(vm, mp_and, ma, mb);
    case BINOP_OR:
        return int_apply(vm, mp_or, ma, mb);
    case BINOP_XOR:
        return int_apply(vm, mp_xor, ma, mb);
    default:
        return VAL_NOTIMPL;
    }
}

/* x ** y for small y >= 0 by squaring; false when an intermediate overflows int64. */
static bool small_pow(int64_t x, int64_t y, int64_t *out)
{
    int64_t result = 1;
    while (y > 0) {
        if ((y & 1) && __builtin_mul_overflow(result, x, &result)) return false;
        y >>= 1;
        if (y > 0 && __builtin_mul_overflow(x, x, &x)) return false;
    }
    *out = result;
    return true;
}

/* The operation on two small values (or bools); VAL_UNDEF when the big path must take over. */
static Value int_small_binop(VM *vm, int64_t x, int64_t y, BinOp op)
{
    int64_t r;
    switch (op) {
    case BINOP_ADD:
        return int_from_i64(vm, x + y);
    case BINOP_SUB:
        return int_from_i64(vm, x - y);
    case BINOP_MUL:
        if (__builtin_mul_overflow(x, y, &r)) return VAL_UNDEF;
        return int_from_i64(vm, r);
    case BINOP_TRUEDIV:
        if (y == 0) return vm_raise(vm, &exc_ZeroDivisionError, "division by zero");
        return val_from_float((double)x / (double)y); /* both exact in a double */
    case BINOP_FLOORDIV:
    case BINOP_MOD: {
        if (y == 0)
            return vm_raise(vm, &exc_ZeroDivisionError,
                            op == BINOP_MOD ? "integer modulo by zero"
                                            : "integer division or modulo by zero");
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) {
            q -= 1;
            m += y;
        }
        return int_from_i64(vm, op == BINOP_MOD ? m : q);
    }
    case BINOP_POW:
        if (y < 0) {
            return float_pow(vm, (double)x, (double)y);
        }
        if (!small_pow(x, y, &r)) return VAL_UNDEF;
        return int_from_i64(vm, r);
    case BINOP_LSHIFT:
        if (y < 0) return vm_raise(vm, &exc_ValueError, "negative shift count");
        if (x == 0) return val_from_small_int(0);
        if (y >= 16) return VAL_UNDEF;
        return int_from_i64(vm, x * ((int64_t)1 << y)); /* |x| < 2**47: fits */
    case BINOP_RSHIFT:
        if (y < 0) return vm_raise(vm, &exc_ValueError, "negative shift count");
        if (y > 62) return val_from_small_int(x < 0 ? -1 : 0);
        return val_from_small_int(x >> y); /* arithmetic shift: floor */
    case BINOP_AND:
        return val_from_small_int(x & y);
    case BINOP_OR:
        return val_from_small_int(x | y);
    case BINOP_XOR:
        return val_from_small_int(x ^ y);
    default:
        return VAL_NOTIMPL;
    }
}

/* An int of at most 62 bits as int64 (so sums, differences and floor quotients of two of them
 * cannot overflow int64); false for anything larger. */
static bool int_as_i62(Value v, int64_t *out)
{
    if (!val_is_obj(v)) {
        *out = int_small_of(v);
        return true;
    }
    /* Read the (at most two) digits directly: this runs for every operation on a big int. */
    const mp_int *n = &AS_BIGINT(v)->n;
    uint64_t mag;
    if (n->used == 1)
        mag = n->dp[0];
    else if (n->used == 2 && n->dp[1] < 4)
        mag = ((uint64_t)n->dp[1] << MP_DIGIT_BIT) | n->dp[0];
    else
        return n->used == 0 ? (*out = 0, true) : false;
    *out = n->sign == MP_NEG ? -(int64_t)mag : (int64_t)mag;
    return true;
}

/* ---- 128-bit fast path ---------------------------------------------------------------------
 * Ints up to 126 bits (64-bit hashes and LCG states and their products) are computed in
 * __int128 instead of libtommath; only a result beyond 64 bits needs digits. */
#define I128_BITS 126

static bool int_as_i128(Value v, i128 *out)
{
    if (!val_is_obj(v)) {
        *out = int_small_of(v);
        return true;
    }
    const mp_int *n = &AS_BIGINT(v)->n;
    if (mp_count_bits(n) > I128_BITS) return false;
    u128 mag = 0;
    for (int i = n->used - 1; i >= 0; i--) mag = (mag << MP_DIGIT_BIT) | n->dp[i];
    *out = n->sign == MP_NEG ? -(i128)mag : (i128)mag;
    return true;
}

static Value int_from_i128(VM *vm, i128 r)
{
    if (small_int_fits((int64_t)r) && r >= INT64_MIN && r <= INT64_MAX)
        return val_from_small_int((int64_t)r);
    return int_new_inline(vm, r < 0 ? -(u128)r : (u128)r, r < 0);
}

/* +, -, *, //, % of two ints of at most 126 bits; VAL_UNDEF when the result needs more. */
static Value int_i128_binop(VM *vm, i128 x, i128 y, BinOp op)
{
    i128 r;
    switch (op) {
    case BINOP_ADD:
        return int_from_i128(vm, x + y); /* |x|, |y| < 2**126: no overflow */
    case BINOP_SUB:
        return int_from_i128(vm, x - y);
    case BINOP_MUL:
        if (__builtin_mul_overflow(x, y, &r) || r > ((i128)1 << I128_BITS) ||
            r < -((i128)1 << I128_BITS))
            return VAL_UNDEF;
        return int_from_i128(vm, r);
    case BINOP_FLOORDIV:
    case BINOP_MOD: {
        if (y == 0) return VAL_UNDEF; /* the general path raises CPython's error */
        i128 q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) {
            q -= 1;
            m += y;
        }
        return int_from_i128(vm, op == BINOP_MOD ? m : q);
    }
    default:
        return VAL_UNDEF;
    }
}

Value int_binop(VM *vm, Value a, Value b, BinOp op)
{
    if (!val_is_obj(a) && !val_is_obj(b)) {
        Value r = int_small_binop(vm, int_small_of(a), int_small_of(b), op);
        if (r != VAL_UNDEF) return r;
    }
    /* Machine-word arithmetic for ints up to 62 bits (64-bit hashes, LCGs, timestamps). True
     * division, powers and shifts left to the general path (int_small_binop assumes 48 bits). */
    int64_t x, y;
    if (int_as_i62(a, &x) && int_as_i62(b, &y)) {
        switch (op) {
        case BINOP_ADD:
        case BINOP_SUB:
        case BINOP_MUL:
        case BINOP_FLOORDIV:
        case BINOP_MOD: {
            Value r = int_small_binop(vm, x, y, op); /* these use int_from_i64 */
            if (r != VAL_UNDEF) return r;
            break;
        }
        case BINOP_AND:
            return int_from_i64(vm, x & y);
        case BINOP_OR:
            return int_from_i64(vm, x | y);
        case BINOP_XOR:
            return int_from_i64(vm, x ^ y);
        case BINOP_RSHIFT:
            if (y < 0) return vm_raise(vm, &exc_ValueError, "negative shift count");
            return int_from_i64(vm, y > 63 ? (x < 0 ? -1 : 0) : x >> y);
        default:
            break;
        }
    }
    i128 wx, wy;
    if (op <= BINOP_MOD && int_as_i128(a, &wx) && int_as_i128(b, &wy)) {
        Value r = int_i128_binop(vm, wx, wy, op);
        if (r != VAL_UNDEF) return r;
    }
    return int_big_binop(vm, a, b, op);
}

Value int_negate(VM *vm, Value a)
{
    if (!val_is_obj(a)) return int_from_i64(vm, -int_small_of(a));
    mp_int r;
    mp_err err = mp_init(&r);
    if (err == MP_OKAY) err = mp_neg(&AS_BIGINT(a)->n, &r);
    if (err != MP_OKAY) {
        mp_clear(&r);
        return int_mp_fail(vm, err);
    }
    return int_from_mp(vm, &r);
}

Value int_abs(VM *vm, Value a)
{
    return int_sign(a) < 0 ? int_negate(vm, a) : int_exact(vm, a);
}

Value int_invert(VM *vm, Value a)
{
    if (!val_is_obj(a)) return int_from_i64(vm, ~int_small_of(a));
    mp_int r;
    mp_err err = mp_init(&r);
    if (err == MP_OKAY) err = mp_complement(&AS_BIGINT(a)->n, &r);
    if (err != MP_OKAY) {
        mp_clear(&r);
        return int_mp_fail(vm, err);
    }
    return int_from_mp(vm, &r);
}

Value int_exact(VM *vm, Value a)
{
    if (!val_is_obj(a)) return val_from_small_int(int_small_of(a));
    if (val_as_obj(a)->type == &type_int) return a;
    /* an int subclass instance: copy the value into a plain int */
    mp_int r;
    if (mp_init_copy(&r, &AS_BIGINT(a)->n) != MP_OKAY) return vm_raise_nomem(vm);
    return int_from_mp(vm, &r);
}

/* ---- pow with a modulus ------------------------------------------------------------------- */

static Value int_pow3_mp(VM *vm, const mp_int *base, const mp_int *exp, const mp_int *mod)
{
    mp_int m, b, e, r;
    mp_err err = mp_init_multi(&m, &b, &e, &r, NULL);
    if (err != MP_OKAY) return vm_raise_nomem(vm);
    Value result = VAL_ERR;
    if ((err = mp_abs(mod, &m)) != MP_OKAY || (err = mp_mod(base, &m, &b)) != MP_OKAY ||
        (err = mp_abs(exp, &e)) != MP_OKAY)
        goto fail;
    if (mp_cmp_d(&m, 1) == MP_EQ) {
        mp_zero(&r); /* anything mod 1 is 0, invertible or not (as CPython) */
    } else {
        if (exp->sign == MP_NEG) {
            err = mp_invmod(&b, &m, &r);
            if (err == MP_VAL) {
                vm_raise(vm, &exc_ValueError, "base is not invertible for the given modulus");
                goto out;
            }
            if (err != MP_OKAY) goto fail;
            mp_exch(&b, &r);
        }
        if ((err = mp_exptmod(&b, &e, &m, &r)) != MP_OKAY) goto fail;
    }
    /* Python's result has the sign of the modulus. */
    if (mod->sign == MP_NEG && r.used != 0 && (err = mp_sub(&r, &m, &r)) != MP_OKAY) goto fail;
    result = int_from_mp(vm, &r);
    mp_clear_multi(&m, &b, &e, NULL);
    return result;
fail:
    int_mp_fail(vm, err);
out:
    mp_clear_multi(&m, &b, &e, &r, NULL);
    return result;
}

/* pow(base, exp, mod) for int64 operands, exp >= 0 and mod != 0, INT64_MIN: square-and-multiply
 * in 128 bits. */
static Value int_pow3_small(VM *vm, int64_t base, int64_t exp, int64_t mod)
{
    int64_t sm = mod < 0 ? -mod : mod, rem = base % sm;
    uint64_t m = (uint64_t)sm, b = (uint64_t)(rem < 0 ? rem + sm : rem), r = 1 % m;
    for (uint64_t e = (uint64_t)exp; e; e >>= 1) {
        if (e & 1) r = (uint64_t)((unsigned __int128)r * b % m);
        b = (uint64_t)((unsigned __int128)b * b % m);
    }
    /* Python's result has the sign of the modulus. */
    if (mod < 0 && r != 0) return int_from_i64(vm, (int64_t)(r - m));
    return int_from_u64(vm, r);
}

Value int_pow3(VM *vm, Value base, Value exp, Value mod)
{
    bool ints = (val_is_int(base) || val_is_bool(base)) && (val_is_int(exp) || val_is_bool(exp)) &&
                (val_is_int(mod) || val_is_bool(mod));
    if (!ints)
        return vm_raise(vm, &exc_TypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
    if (int_sign(mod) == 0) return vm_raise(vm, &exc_ValueError, "pow() 3rd argument cannot be 0");
    int64_t b, e, m;
    if (int_to_i64(base, &b) && int_to_i64(exp, &e) && int_to_i64(mod, &m) && e >= 0 &&
        m != INT64_MIN)
        return int_pow3_small(vm, b, e, m);
    IntView vb, ve, vm_;
    return int_pow3_mp(vm, int_view(base, &vb), int_view(exp, &ve), int_view(mod, &vm_));
}

/* ---- round --------------------------------------------------------------------------------- */

Value int_round(VM *vm, Value v, Value ndigits)
{
    if (int_sign(ndigits) >= 0) return int_exact(vm, v);
    int64_t n;
    uint64_t vbits = int_bit_length(v);
    /* 10**k > 8**k >= 2 * |v| once 3k > vbits + 1: everything rounds to 0. */
    if (!int_to_i64(ndigits, &n) || n < -(int64_t)INT_MAX_BITS || (uint64_t)(-n) * 3 > vbits + 1)
        return val_from_small_int(0);
    IntView vv;
    mp_int pow10, q, r;
    mp_err err = mp_init_multi(&pow10, &q, &r, NULL);
    if (err != MP_OKAY) return vm_raise_nomem(vm);
    mp_set(&pow10, 10);
    if ((err = mp_expt_u32(&pow10, (uint32_t)(-n), &pow10)) != MP_OKAY ||
        (err = mp_floordiv(int_view(v, &vv), &pow10, &q, &r)) != MP_OKAY ||
        (err = mp_mul_2(&r, &r)) != MP_OKAY)
        goto fail;
    /* Round half to even: 2r against 10**k. */
    int c = mp_cmp(&r, &pow10);
    if ((c > 0 || (c == 0 && mp_isodd(&q))) && (err = mp_incr(&q)) != MP_OKAY) goto fail;
    if ((err = mp_mul(&q, &pow10, &q)) != MP_OKAY) goto fail;
    mp_clear_multi(&pow10, &r, NULL);
    return int_from_mp(vm, &q);
fail:
    mp_clear_multi(&pow10, &q, &r, NULL);
    return int_mp_fail(vm, err);
}
