/* A span: a run of bytes inside a buffer the caller owns (jsmn's tokens). */
#ifndef DEALSTREAM_SPAN_H
#define DEALSTREAM_SPAN_H

#include <stdint.h>

typedef struct ds_span {
  uint32_t off; /* from the start of the buffer it refers to */
  uint32_t len; /* 0: absent */
} ds_span;

#endif
