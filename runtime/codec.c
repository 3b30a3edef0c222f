/* codec.c — UTF-8, ASCII and Latin-1 encoding and decoding with CPython's error handling.
 *
 * Positions in encode errors count code points of the str; positions in decode errors count
 * bytes. An error handler name is only looked at when an error happens (as CPython does), so an
 * unknown name goes unnoticed on clean data.
 */
#include "codec.h"

#include <ctype.h>
#include <string.h>

#include "buf.h"
#include "bytes.h"
#include "exception.h"
#include "int.h"
#include "str_internal.h"
#include "tuple.h"

typedef enum Codec { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UNKNOWN } Codec;

typedef enum ErrorHandler {
    ERRORS_STRICT,
    ERRORS_IGNORE,
    ERRORS_REPLACE,
    ERRORS_BACKSLASH,
    ERRORS_XMLCHARREF,
    ERRORS_SURROGATEESCAPE,
    ERRORS_UNKNOWN,
} ErrorHandler;

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

typedef struct CodecAlias {
    const char *name; /* normalised: lower case, other runs of punctuation as one '_' */
    Codec codec;
} CodecAlias;

static const CodecAlias codec_aliases[] = {
    {"utf_8", CODEC_UTF8},         {"utf8", CODEC_UTF8},        {"u8", CODEC_UTF8},
    {"utf", CODEC_UTF8},           {"cp65001", CODEC_UTF8},     {"ascii", CODEC_ASCII},
    {"us_ascii", CODEC_ASCII},     {"646", CODEC_ASCII},        {"us", CODEC_ASCII},
    {"cp367", CODEC_ASCII},        {"csascii", CODEC_ASCII},    {"ibm367", CODEC_ASCII},
    {"iso646_us", CODEC_ASCII},    {"iso_ir_6", CODEC_ASCII},   {"latin_1", CODEC_LATIN1},
    {"latin1", CODEC_LATIN1},      {"latin", CODEC_LATIN1},     {"l1", CODEC_LATIN1},
    {"iso_8859_1", CODEC_LATIN1},  {"iso8859_1", CODEC_LATIN1}, {"8859", CODEC_LATIN1},
    {"cp819", CODEC_LATIN1},       {"ibm819", CODEC_LATIN1},    {"iso_ir_100", CODEC_LATIN1},
    {"csisolatin1", CODEC_LATIN1},
};

/* encodings.normalize_encoding, lower-cased. False when the name is too long to be known. */
static bool normalize_name(const char *name, char *out, size_t cap)
{
    size_t n = 0;
    bool pending_sep = false;
    for (const char *p = name; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c) || c == '.') {
            if (pending_sep && n > 0) out[n++] = '_';
            pending_sep = false;
            if (n + 2 >= cap) return false;
            out[n++] = (char)tolower(c);
        } else {
            pending_sep = true;
        }
    }
    out[n] = '\0';
    return true;
}

static Codec codec_lookup(const char *name)
{
    if (!name || strcmp(name, "utf-8") == 0) return CODEC_UTF8;
    char normal[48];
    if (!normalize_name(name, normal, sizeof normal)) return CODEC_UNKNOWN;
    for (size_t i = 0; i < sizeof codec_aliases / sizeof codec_aliases[0]; i++) {
        if (strcmp(normal, codec_aliases[i].name) == 0) return codec_aliases[i].codec;
    }
    return CODEC_UNKNOWN;
}

static Value raise_unknown_codec(VM *vm, const char *name)
{
    return vm_raise(vm, &exc_LookupError, "unknown encoding: %s", name);
}

static ErrorHandler handler_lookup(const char *errors)
{
    static const char *const names[] = {
        "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape"};
    if (!errors) return ERRORS_STRICT;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strcmp(errors, names[i]) == 0) return (ErrorHandler)i;
    }
    return ERRORS_UNKNOWN;
}

static Value raise_unknown_handler(VM *vm, const char *errors)
{
    return vm_raise(vm, &exc_LookupError, "unknown error handler name '%s'", errors);
}

/* ---- encoding -------------------------------------------------------------------------------- */

/* Escape of one code point as repr() writes it: \xNN, \uNNNN or \UNNNNNNNN. */
static void escape_codepoint(uint32_t cp, char *out, size_t cap)
{
    if (cp < 0x100)
        snprintf(out, cap, "\\x%02x", cp);
    else if (cp < 0x10000)
        snprintf(out, cap, "\\u%04x", cp);
    else
        snprintf(out, cap, "\\U%08x", cp);
}

/* Raise a UnicodeError subclass built as CPython does, from its five fields (its str() makes
 * CPython's message from them). */
static Value raise_unicode_error(VM *vm, const TypeObj *type, Codec codec, Value object,
                                 size_t start, size_t end, const char *reason)
{
    Value fields[5] = {str_from_cstr(vm, codec_names[codec]), object,
                       int_from_i64(vm, (int64_t)start), int_from_i64(vm, (int64_t)end),
                       str_from_cstr(vm, reason)};
    for (int i = 0; i < 5; i++) {
        if (fields[i] == VAL_ERR) return VAL_ERR;
    }
    Value args = tuple_from_array(vm, fields, 5);
    if (args == VAL_ERR) return VAL_ERR;
    Value exc = exc_new(vm, type, args);
    return exc == VAL_ERR ? VAL_ERR : vm_raise_value(vm, exc);
}

/* The code points [start, end) of s cannot be encoded. */
static Value raise_encode_error(VM *vm, Codec codec, Value s, size_t start, size_t end,
                                const char *reason)
{
    return raise_unicode_error(vm, &exc_UnicodeEncodeError, codec, s, start, end, reason);
}

static inline bool is_surrogate(uint32_t cp)
{
    return cp >= 0xd800 && cp <= 0xdfff;
}

/* Can `codec` encode cp (as itself)? */
static bool encodable(Codec codec, uint32_t cp)
{
    if (codec == CODEC_ASCII) return cp < 0x80;
    if (codec == CODEC_LATIN1) return cp < 0x100;
    return !is_surrogate(cp);
}

static void put_encoded(Buf *out, Codec codec, uint32_t cp)
{
    if (codec == CODEC_UTF8)
        buf_append_codepoint(out, cp);
    else
        buf_append_char(out, (char)cp);
}

/* Apply a non-strict handler to one unencodable code point; false for a handler that cannot. */
static bool encode_replacement(Buf *out, ErrorHandler handler, uint32_t cp)
{
    char esc[16];
    switch (handler) {
    case ERRORS_IGNORE:
        return true;
    case ERRORS_REPLACE:
        buf_append_char(out, '?');
        return true;
    case ERRORS_BACKSLASH:
        escape_codepoint(cp, esc, sizeof esc);
        buf_append_cstr(out, esc);
        return true;
    case ERRORS_XMLCHARREF:
        buf_printf(out, "&#%u;", cp);
        return true;
    case ERRORS_SURROGATEESCAPE:
        if (cp < 0xdc80 || cp > 0xdcff) return false;
        buf_append_char(out, (char)(cp - 0xdc00));
        return true;
    default:
        return false;
    }
}

/* The slow path: some code point cannot be encoded as itself. */
static Value encode_with_errors(VM *vm, Value s, Codec codec, const char *errors)
{
    const char *data = str_data(s);
    size_t len = str_len(s);
    const char *reason = codec == CODEC_UTF8    ? "surrogates not allowed"
                         : codec == CODEC_ASCII ? "ordinal not in range(128)"
                                                : "ordinal not in range(256)";
    ErrorHandler handler = handler_lookup(errors);
    Buf out;
    buf_init(&out, vm);
    size_t pos = 0, index = 0;
    while (pos < len) {
        size_t n;
        uint32_t cp = unicode_decode(data + pos, &n);
        if (encodable(codec, cp)) {
            put_encoded(&out, codec, cp);
            pos += n;
            index++;
            continue;
        }
        if (handler == ERRORS_UNKNOWN) {
            buf_free(&out);
            return raise_unknown_handler(vm, errors);
        }
        /* The run of unencodable code points is one error, as in CPython. */
        size_t run_start = index, run_pos = pos;
        while (pos < len && !encodable(codec, cp = unicode_decode(data + pos, &n))) {
            pos += n;
            index++;
        }
        for (size_t p = run_pos; p < pos; p += n) {
            cp = unicode_decode(data + p, &n);
            if (!encode_replacement(&out, handler, cp)) {
                buf_free(&out);
                return raise_encode_error(vm, codec, s, run_start, index, reason);
            }
        }
    }
    return buf_finish_bytes(&out);
}

/* Does internal UTF-8 hold something codec cannot encode as itself? */
static bool needs_errors(const char *data, size_t len, Codec codec, bool ascii)
{
    if (ascii) return false;
    if (codec == CODEC_ASCII) return true;
    for (size_t pos = 0; pos < len;) {
        size_t n;
        uint32_t cp = unicode_decode(data + pos, &n);
        if (!encodable(codec, cp)) return true;
        pos += n;
    }
    return false;
}

static Value encode_latin1(VM *vm, const char *data, size_t len, size_t nchars)
{
    Value result = bytes_new(vm, NULL, nchars);
    if (result == VAL_ERR) return VAL_ERR;
    uint8_t *out = AS_BYTES(result)->data;
    for (size_t pos = 0; pos < len;) {
        size_t n;
        *out++ = (uint8_t)unicode_decode(data + pos, &n);
        pos += n;
    }
    return result;
}

Value codec_encode(VM *vm, Value s, const char *encoding, const char *errors)
{
    Codec codec = codec_lookup(encoding);
    if (codec == CODEC_UNKNOWN) return raise_unknown_codec(vm, encoding);
    StrObj *str = AS_STR(s);
    bool ascii = (str->hdr.flags & OBJ_ASCII) != 0;
    if (needs_errors(str->data, str->len, codec, ascii)) {
        return encode_with_errors(vm, s, codec, errors);
    }
    if (codec == CODEC_LATIN1 && !ascii) return encode_latin1(vm, str->data, str->len, str->nchars);
    return bytes_new(vm, (const uint8_t *)str->data, str->len);
}

/* ---- decoding -------------------------------------------------------------------------------- */

/* The bytes [start, end) of data[0..len) cannot be decoded. */
static Value raise_decode_error(VM *vm, Codec codec, const uint8_t *data, size_t len, size_t start,
                                size_t end, const char *reason)
{
    Value object = bytes_new(vm, data, len);
    if (object == VAL_ERR) return VAL_ERR;
    return raise_unicode_error(vm, &exc_UnicodeDecodeError, codec, object, start, end, reason);
}

Value codec_raise_utf8_error(VM *vm, const uint8_t *data, size_t len, const Utf8Error *err)
{
    return raise_decode_error(vm, CODEC_UTF8, data, len, err->start, err->end, err->reason);
}

/* Apply a non-strict handler to the undecodable bytes [start, end); false if it cannot. */
static bool decode_replacement(Buf *out, ErrorHandler handler, const uint8_t *data, size_t start,
                               size_t end)
{
    switch (handler) {
    case ERRORS_IGNORE:
        return true;
    case ERRORS_REPLACE:
        buf_append_codepoint(out, 0xfffd);
        return true;
    case ERRORS_BACKSLASH:
        for (size_t i = start; i < end; i++) buf_printf(out, "\\x%02x", data[i]);
        return true;
    case ERRORS_SURROGATEESCAPE:
        for (size_t i = start; i < end; i++) {
            if (data[i] < 0x80) return false;
        }
        for (size_t i = start; i < end; i++) buf_append_codepoint(out, 0xdc00u + data[i]);
        return true;
    default:
        return false;
    }
}

/* Handle one decoding error at [start, end): append the replacement or raise. */
static bool decode_error(VM *vm, Buf *out, Codec codec, const char *errors, const uint8_t *data,
                         size_t len, size_t start, size_t end, const char *reason)
{
    ErrorHandler handler = handler_lookup(errors);
    if (handler == ERRORS_UNKNOWN) {
        raise_unknown_handler(vm, errors);
        return false;
    }
    if (handler == ERRORS_XMLCHARREF) {
        vm_raise(vm, &exc_TypeError,
                 "don't know how to handle UnicodeDecodeError in error "
                 "callback");
        return false;
    }
    if (decode_replacement(out, handler, data, start, end)) return true;
    raise_decode_error(vm, codec, data, len, start, end, reason);
    return false;
}

static Value decode_utf8(VM *vm, const uint8_t *data, size_t len, const char *errors)
{
    size_t nchars;
    Utf8Error err;
    if (unicode_validate(data, len, 0, &nchars, &err)) {
        return str_new_counted(vm, (const char *)data, len, nchars);
    }
    Buf out;
    buf_init(&out, vm);
    size_t pos = 0;
    do {
        buf_append(&out, (const char *)data + pos, err.start - pos);
        if (!decode_error(vm, &out, CODEC_UTF8, errors, data, len, err.start, err.end,
                          err.reason)) {
            buf_free(&out);
            return VAL_ERR;
        }
        pos = err.end;
    } while (pos < len && !unicode_validate(data, len, pos, &nchars, &err));
    buf_append(&out, (const char *)data + pos, len - pos);
    return buf_finish_str(&out);
}

static Value decode_single_byte(VM *vm, const uint8_t *data, size_t len, Codec codec,
                                const char *errors)
{
    Buf out;
    buf_init(&out, vm);
    for (size_t i = 0; i < len; i++) {
        if (data[i] < 0x80) {
            buf_append_char(&out, (char)data[i]);
        } else if (codec == CODEC_LATIN1) {
            buf_append_codepoint(&out, data[i]);
        } else if (!decode_error(vm, &out, codec, errors, data, len, i, i + 1,
                                 "ordinal not in range(128)")) {
            buf_free(&out);
            return VAL_ERR;
        }
    }
    return buf_finish_str(&out);
}

Value codec_decode(VM *vm, const uint8_t *data, size_t len, const char *encoding,
                   const char *errors)
{
    Codec codec = codec_lookup(encoding);
    if (codec == CODEC_UNKNOWN) return raise_unknown_codec(vm, encoding);
    if (codec == CODEC_UTF8) return decode_utf8(vm, data, len, errors);
    if (unicode_is_ascii((const char *)data, len)) return str_new(vm, (const char *)data, len);
    return decode_single_byte(vm, data, len, codec, errors);
}
