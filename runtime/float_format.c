/* float_format.c — float to text as CPython does it: repr (the shortest string that reads back
 * as the same double) and PyOS_double_to_string's 'e', 'f', 'g' and 'r' modes with their flags.
 *
 * The shortest round-trip digits (dtoa mode 0) come from Ryu (float_ryu.c). Digits for a given
 * precision come from the C library: glibc's printf is exact (correctly rounded, ties to even on
 * the exact binary value), which is what CPython's dtoa modes 2 and 3 produce. The layout below
 * is CPython's format_float_short, step for step.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "floatobj.h"
#include "format.h"
#include "str.h"

/* More significant digits than any double's exact decimal expansion has (767). */
#define DIGITS_MAX_SIGNIFICANT 800
/* More fractional digits than any double's exact expansion has (1074). */
#define DIGITS_MAX_FRACTION 1100
/* Room for the digits of any of the three modes, clamped as above. */
#define DIGITS_BUF (DIGITS_MAX_FRACTION + 340)

typedef struct Digits {
    char d[DIGITS_BUF]; /* significant digits, no leading or trailing zeros ("0" for zero) */
    int len;
    int decpt; /* the value is 0.d * 10**decpt */
} Digits;

/* Digits of "%.Ne"-style text: "d.ddde+XX". */
static void digits_from_e(Digits *out, const char *text)
{
    int n = 0;
    const char *p = text;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') out->d[n++] = *p; /* skip the (locale's) decimal point */
    int exp = *p == 'e' ? atoi(p + 1) : 0;
    while (n > 1 && out->d[n - 1] == '0') n--;
    out->len = n;
    out->decpt = (n == 1 && out->d[0] == '0') ? 1 : exp + 1;
}

/* Shortest digits that round-trip (dtoa mode 0) for a finite d. */
static void digits_shortest(Digits *out, double d)
{
    out->len = float_shortest_digits(d, out->d, &out->decpt);
}

typedef unsigned __int128 u128;

/* Decimal digits of n into out (no leading zeros; "" for 0); returns the count. */
static int u128_digits(u128 n, char *out)
{
    char tmp[48];
    int len = 0;
    while (n) {
        uint64_t chunk = (uint64_t)(n % 10000000000000000000ULL);
        n /= 10000000000000000000ULL;
        for (int i = 0; i < 19 && (chunk || n); i++) {
            tmp[len++] = (char)('0' + chunk % 10);
            chunk /= 10;
        }
    }
    for (int i = 0; i < len; i++) out[i] = tmp[len - 1 - i];
    return len;
}

/* round-half-even(d * 10**count) exactly in 128-bit integers, for a finite d >= 0 of modest size
 * and count <= 19 (d = m * 2**e); false when it does not apply. */
static bool fixed_round_u128(double d, int64_t count, u128 *out)
{
    if (count > 19 || count < 0) return false;
    int exp;
    double frac = frexp(d, &exp); /* d = frac * 2**exp, frac in [0.5, 1) */
    if (d == 0 || exp > 63 || exp < -1021) return false;
    uint64_t m = (uint64_t)ldexp(frac, 53); /* exact: d = m * 2**(exp - 53) */
    int e = exp - 53;
    u128 pow10 = 1;
    for (int64_t i = 0; i < count; i++) pow10 *= 10;
    if (e >= 0) {
        *out = ((u128)m << e) * pow10; /* < 2**63 * 10**19 < 2**127 */
        return true;
    }
    int k = -e;
    u128 num = (u128)m * pow10; /* < 2**53 * 10**19 */
    if (k >= 127) {
        *out = 0; /* num < 2**117: below half a unit */
        return true;
    }
    u128 q = num >> k, r = num - (q << k), half = (u128)1 << (k - 1);
    *out = q + (r > half || (r == half && (q & 1)));
    return true;
}

/* dtoa mode 3 for the common case of a modest value and precision. */
static bool digits_fixed_fast(Digits *out, double d, int64_t count)
{
    u128 n;
    if (!fixed_round_u128(d, count, &n)) return false;
    int len = u128_digits(n, out->d);
    out->decpt = len - (int)count;
    while (len > 0 && out->d[len - 1] == '0') len--;
    if (len == 0) {
        out->d[len++] = '0';
        out->decpt = 1;
    }
    out->len = len;
    return true;
}

/* dtoa mode 2 for a d >= 10**count: round d to a multiple of 10**k10 (k10 >= 1) exactly in
 * 128-bit integers. False when d or k10 is too large for that. */
static bool digits_round_pow10(Digits *out, double d, int64_t k10)
{
    if (k10 > 19) return false;
    int exp;
    double frac = frexp(d, &exp);
    if (exp > 120) return false;
    uint64_t m = (uint64_t)ldexp(frac, 53);
    int e = exp - 53;
    u128 pow10 = 1;
    for (int64_t i = 0; i < k10; i++) pow10 *= 10;
    /* d = num / den exactly; d >= 10 so -e <= 49 and den < 2**113 */
    u128 num = e >= 0 ? (u128)m << e : m, den = e >= 0 ? pow10 : pow10 << -e;
    u128 q = num / den, twice_r = (num % den) << 1;
    q += twice_r > den || (twice_r == den && (q & 1));
    int len = u128_digits(q, out->d);
    out->decpt = len + (int)k10;
    while (len > 1 && out->d[len - 1] == '0') len--;
    out->len = len;
    return true;
}

/* dtoa mode 2 without the C library for up to 15 digits. The shortest round-trip digits of a
 * normal double are within 2**-53 (relative) of it, less than half a unit in the 15th digit: when
 * they fit in `count` digits they are the correctly rounded result. Otherwise their point position
 * is d's, and the rounding is a fixed-point one done exactly. */
static bool digits_significant_fast(Digits *out, double d, int64_t count)
{
    if (count > 15 || (d != 0 && d < DBL_MIN)) return false; /* subnormals have fewer bits */
    int n = float_shortest_digits(d, out->d, &out->decpt);
    if (n <= count) {
        out->len = n;
        return true;
    }
    int64_t after_point = count - out->decpt;
    if (after_point >= 0) return digits_fixed_fast(out, d, after_point);
    return digits_round_pow10(out, d, -after_point);
}

/* `count` significant digits (dtoa mode 2) of a finite d >= 0. */
static void digits_significant(Digits *out, double d, int64_t count)
{
    if (count < 1) count = 1;
    if (digits_significant_fast(out, d, count)) return;
    char text[DIGITS_MAX_SIGNIFICANT + 16];
    if (count > DIGITS_MAX_SIGNIFICANT) count = DIGITS_MAX_SIGNIFICANT;
    if (count < 1) count = 1;
    snprintf(text, sizeof text, "%.*e", (int)count - 1, d);
    digits_from_e(out, text);
}

/* Digits rounded at `count` places after the point (dtoa mode 3) of a finite d >= 0. */
static void digits_fixed(Digits *out, double d, int64_t count)
{
    if (digits_fixed_fast(out, d, count)) return;
    char text[DIGITS_BUF];
    if (count > DIGITS_MAX_FRACTION) count = DIGITS_MAX_FRACTION;
    snprintf(text, sizeof text, "%.*f", (int)count, d);
    int n = 0, decpt = 0;
    bool leading = true, before_point = true;
    for (const char *p = text; *p; p++) {
        if (*p < '0' || *p > '9') { /* the decimal point, whatever the locale makes it */
            before_point = false;
            continue;
        }
        if (leading && *p == '0') {
            if (!before_point) decpt--; /* a zero after the point moves the point right */
            continue;
        }
        leading = false;
        out->d[n++] = *p;
        if (before_point) decpt++;
    }
    while (n > 0 && out->d[n - 1] == '0') n--;
    if (n == 0) {
        out->d[n++] = '0';
        decpt = 1;
    }
    out->len = n;
    out->decpt = decpt;
}

/* ---- round(x, n) --------------------------------------------------------------------------- */

/* Round the decimal integer in digits[0..len) to a multiple of 10**k (k >= 1), ties to even,
 * `inexact` telling whether the value had a fraction; writes "DIGITSe<k>" into out. */
static void round_integer_digits(const char *digits, int len, int k, bool inexact, char *out)
{
    int keep = len - k;
    bool up = false;
    if (keep >= 0) {
        char next = digits[keep];
        bool rest = inexact;
        for (int i = keep + 1; i < len && !rest; i++) rest = digits[i] != '0';
        bool odd = keep > 0 && ((digits[keep - 1] - '0') & 1);
        up = next > '5' || (next == '5' && (rest || odd));
    }
    if (keep < 0) keep = 0;
    /* out = '0' + digits[0..keep) + up, with the carry propagated. */
    out[0] = '0';
    memcpy(out + 1, digits, (size_t)keep);
    for (int i = keep; up && i >= 0; i--) {
        if (out[i] == '9') {
            out[i] = '0';
        } else {
            out[i]++;
            up = false;
        }
    }
    sprintf(out + keep + 1, "e%d", k);
}

double float_round(double d, int64_t ndigits)
{
    if (!isfinite(d)) return d;
    /* Beyond these every double rounds to itself, or to zero (CPython's NDIGITS_MAX/MIN). */
    if (ndigits > 323) return d;
    if (ndigits < -308) return 0.0 * d;
    char text[720];
    if (ndigits >= 0) {
        /* Fast and exact: N = round(|d| * 10**n) in integers; N / 10**n is then one correctly
         * rounded division when both are exact doubles (N < 2**53, n <= 19 < 22). */
        u128 n;
        if (fixed_round_u128(fabs(d), ndigits, &n) && n < ((u128)1 << 53)) {
            double pow10 = 1;
            for (int64_t i = 0; i < ndigits; i++) pow10 *= 10;
            return copysign((double)(uint64_t)n / pow10, d);
        }
        snprintf(text, sizeof text, "%.*f", (int)ndigits, d); /* exact: ties to even */
        return strtod(text, NULL);
    }
    double mag = fabs(d), whole = trunc(mag);
    char digits[320];
    int len = snprintf(digits, sizeof digits, "%.0f", whole);
    round_integer_digits(digits, len, (int)-ndigits, whole != mag, text);
    return copysign(strtod(text, NULL), d);
}

/* Special values: "inf", "nan" (never signed), upper-cased for 'E', 'F', 'G'. */
static void format_nonfinite(Buf *out, double d, bool upper, bool always_sign)
{
    if (isnan(d)) {
        if (always_sign) buf_append_char(out, '+');
        buf_append_cstr(out, upper ? "NAN" : "nan");
        return;
    }
    if (d < 0)
        buf_append_char(out, '-');
    else if (always_sign)
        buf_append_char(out, '+');
    buf_append_cstr(out, upper ? "INF" : "inf");
}

static void append_zeros(Buf *out, int64_t n)
{
    static const char zeros[] = "0000000000000000000000000000000000000000000000000000000000000000";
    while (n > 0) {
        int64_t k = n < 64 ? n : 64;
        buf_append(out, zeros, (size_t)k);
        n -= k;
    }
}

/* CPython's format_float_short layout: the digits padded with zeros into
 * [sign] [zeros] digits [zeros] [exponent] with one decimal point somewhere. */
static void float_layout(Buf *out, const Digits *dg, bool negative, char type, int64_t precision,
                         int flags, bool upper)
{
    bool add_dot_0 = flags & FLOAT_FMT_ADD_DOT_0, alt = flags & FLOAT_FMT_ALT;
    int64_t decpt = dg->decpt, digits_len = dg->len, vdigits_end = digits_len, exp = 0;
    bool use_exp = false;
    switch (type) {
    case 'e':
        use_exp = true;
        vdigits_end = precision;
        break;
    case 'f':
        vdigits_end = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
        if (alt) vdigits_end = precision;
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    else
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
    if (vdigits_end < digits_len) vdigits_end = digits_len;

    size_t before = out->len;
    if (negative)
        buf_append_char(out, '-');
    else if (flags & FLOAT_FMT_SIGN)
        buf_append_char(out, '+');
    if (decpt <= 0) {
        append_zeros(out, decpt - vdigits_start);
        buf_append_char(out, '.');
        append_zeros(out, -decpt);
    } else {
        append_zeros(out, -vdigits_start);
    }
    if (decpt > 0 && decpt <= digits_len) {
        buf_append(out, dg->d, (size_t)decpt);
        buf_append_char(out, '.');
        buf_append(out, dg->d + decpt, (size_t)(digits_len - decpt));
    } else {
        buf_append(out, dg->d, (size_t)digits_len);
    }
    if (digits_len < decpt) {
        append_zeros(out, decpt - digits_len);
        buf_append_char(out, '.');
        append_zeros(out, vdigits_end - decpt);
    } else {
        append_zeros(out, vdigits_end - digits_len);
    }
    if (!out->failed && out->len > before && out->data[out->len - 1] == '.' && !alt) out->len--;
    if (use_exp) buf_printf(out, "%c%+.02d", upper ? 'E' : 'e', (int)exp);
}

void float_format(Buf *out, double d, char type, int64_t precision, int flags)
{
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (upper) type = (char)(type + ('a' - 'A'));
    if (!isfinite(d)) {
        format_nonfinite(out, d, upper, flags & FLOAT_FMT_SIGN);
        return;
    }
    /* Padding zeros are appended one by one: refuse what cannot fit at once. */
    if (precision > 0 && ((size_t)precision > FORMAT_MAX_OUTPUT ||
                          !mem_would_fit(&out->vm->mem, (size_t)precision))) {
        out->failed = true;
        return;
    }
    Digits dg;
    bool negative = signbit(d);
    double mag = fabs(d);
    switch (type) {
    case 'e':
        precision++;
        digits_significant(&dg, mag, precision);
        break;
    case 'f':
        digits_fixed(&dg, mag, precision);
        break;
    case 'g':
        if (precision == 0) precision = 1;
        digits_significant(&dg, mag, precision);
        break;
    default:
        type = 'r';
        precision = 0;
        digits_shortest(&dg, mag);
        break;
    }
    if ((flags & FLOAT_FMT_NO_NEG_0) && dg.len == 1 && dg.d[0] == '0') negative = false;
    float_layout(out, &dg, negative, type, precision, flags, upper);
}

size_t float_repr(double d, char *buf)
{
    if (!isfinite(d)) {
        const char *s = isnan(d) ? "nan" : d > 0 ? "inf" : "-inf";
        strcpy(buf, s);
        return strlen(s);
    }
    /* Shortest digits, laid out by hand: the common case must not touch the allocator. */
    Digits dg;
    digits_shortest(&dg, fabs(d));
    char *p = buf;
    if (signbit(d)) *p++ = '-';
    int decpt = dg.decpt, n = dg.len;
    if (decpt <= -4 || decpt > 16) {
        *p++ = dg.d[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, dg.d + 1, (size_t)n - 1);
            p += n - 1;
        }
        p += sprintf(p, "e%+.02d", decpt - 1);
    } else if (decpt <= 0) {
        *p++ = '0';
        *p++ = '.';
        memset(p, '0', (size_t)-decpt);
        p += -decpt;
        memcpy(p, dg.d, (size_t)n);
        p += n;
    } else if (decpt >= n) {
        memcpy(p, dg.d, (size_t)n);
        p += n;
        memset(p, '0', (size_t)(decpt - n));
        p += decpt - n;
        memcpy(p, ".0", 2);
        p += 2;
    } else {
        memcpy(p, dg.d, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, dg.d + decpt, (size_t)(n - decpt));
        p += n - decpt;
    }
    *p = '\0';
    return (size_t)(p - buf);
}

Value float_to_str(VM *vm, double d)
{
    char buf[FLOAT_REPR_MAX];
    size_t n = float_repr(d, buf);
    return str_new(vm, buf, n);
}
