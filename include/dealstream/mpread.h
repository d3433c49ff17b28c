/* A msgpack reader over bytes the caller holds: a cursor that reads one value at a
 * time, for the small protocol maps (subscribe, ack, event fields) the service and its
 * clients look into. No allocation (msgpack-c's unpacker builds trees in a malloc'd
 * zone); strings are returned as pointers into the caller's bytes.
 *
 * Every read either consumes exactly one value and returns 0, or returns an error and
 * leaves the cursor where it was: DS_EMSGPACK for the wrong type or bytes that end
 * inside the value. */
#ifndef DEALSTREAM_MPREAD_H
#define DEALSTREAM_MPREAD_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ds_mpr {
  const unsigned char *p;
  size_t len, pos;
} ds_mpr;

/* What the next value is, without consuming it. */
typedef enum ds_mp_kind {
  DS_MP_NONE = 0, /* no more bytes, or the next byte starts no value */
  DS_MP_NIL,
  DS_MP_BOOL,
  DS_MP_INT, /* signed or unsigned integer */
  DS_MP_FLOAT,
  DS_MP_STR,
  DS_MP_BIN,
  DS_MP_ARRAY,
  DS_MP_MAP,
  DS_MP_EXT
} ds_mp_kind;

void ds_mpr_init(ds_mpr *r, const void *p, size_t len);
ds_mp_kind ds_mpr_peek(const ds_mpr *r);

/* Container headers: *n is the number of elements (pairs for a map); the elements
 * follow and are read one by one. */
int ds_mpr_map(ds_mpr *r, uint32_t *n);
int ds_mpr_array(ds_mpr *r, uint32_t *n);
/* A string: *s points into the bytes (not NUL-terminated), *n its length. */
int ds_mpr_str(ds_mpr *r, const char **s, size_t *n);
/* A non-negative integer. */
int ds_mpr_uint(ds_mpr *r, uint64_t *v);
/* Any number (integer or float) as a double. */
int ds_mpr_number(ds_mpr *r, double *v);
int ds_mpr_bool(ds_mpr *r, int *v);
/* nil: returns 0 and consumes it; DS_EMSGPACK (nothing consumed) for anything else. */
int ds_mpr_nil(ds_mpr *r);
/* Skip one whole value, containers included (depth-bounded like ds_msgpack_next). */
int ds_mpr_skip(ds_mpr *r);

/* Does the string value just read equal the C string k? */
int ds_mpr_eq(const char *s, size_t n, const char *k);

#ifdef __cplusplus
}
#endif
#endif
