/* codec.h — the text codecs str.encode / bytes.decode support (codec.c): UTF-8, ASCII and
 * Latin-1, with the error handlers strict, ignore, replace, backslashreplace, surrogateescape
 * and (encoding only) xmlcharrefreplace. Errors and their messages are CPython's. */
#ifndef GARTER_CODEC_H
#define GARTER_CODEC_H

#include "unicode.h"
#include "vm.h"

/* s.encode(encoding, errors) for a str s; NULL names mean 'utf-8' / 'strict'. Returns bytes. */
Value codec_encode(VM *vm, Value s, const char *encoding, const char *errors);
/* data.decode(encoding, errors); NULL names mean 'utf-8' / 'strict'. Returns a str. */
Value codec_decode(VM *vm, const uint8_t *data, size_t len, const char *encoding,
                   const char *errors);
/* Raise CPython's UnicodeDecodeError for a UTF-8 error found by unicode_validate. */
Value codec_raise_utf8_error(VM *vm, const uint8_t *data, size_t len, const Utf8Error *err);

#endif
