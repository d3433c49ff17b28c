/* Render a msgpack value as JSON text (one code path for the fields: events are
 * encoded once, as msgpack, and this prints whatever the map holds). No allocation:
 * walks the msgpack bytes directly. */
#ifndef DEALSTREAM_JSON_H
#define DEALSTREAM_JSON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Deepest nesting of arrays/maps accepted (the top-level container is depth 1);
 * deeper input is DS_EMSGPACK, so a hostile stream cannot exhaust the stack. */
#ifndef DS_MSGPACK_MAX_DEPTH
#define DS_MSGPACK_MAX_DEPTH 32
#endif

/* Render the first msgpack object in mp[0..mp_len) as JSON into out[0..cap), NUL-
 * terminated, no trailing newline; bytes after that object are ignored (use
 * ds_msgpack_next() to step through a stream). Returns the JSON length (>= 0),
 * DS_ENOBUFS if out is too small (the JSON plus its NUL must fit in cap),
 * DS_EMSGPACK if mp does not start with one complete well-formed object, DS_EINVAL on
 * a NULL pointer with a non-zero size. Strings are escaped per RFC 8259; invalid
 * UTF-8 bytes become U+FFFD; binary becomes a base64-free hex string; non-string map
 * keys are rendered as JSON and quoted; ext values become null; floats print with up
 * to 17 significant digits, integral ones as integers; NaN/Inf become null. */
int ds_msgpack_to_json(const void *mp, size_t mp_len, char *out, size_t cap);

/* Measure the first msgpack object in mp[0..len): returns 0 and sets *obj_len to its
 * byte length when it is complete, 1 when more bytes are needed (a normal result when
 * cutting a stream; also for len 0), DS_EMSGPACK when the bytes can never become a
 * valid object (0xc1, nesting past DS_MSGPACK_MAX_DEPTH), DS_EINVAL on NULL obj_len
 * or NULL mp with len > 0. */
int ds_msgpack_next(const void *mp, size_t len, size_t *obj_len);

#ifdef __cplusplus
}
#endif
#endif
