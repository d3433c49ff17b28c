/* Encoder: one deal event as one msgpack map (schema v1, docs/events.md), written by
 * msgpack-c's packer through a write callback into a caller-provided fixed buffer. No
 * allocation. A full buffer is DS_ENOBUFS, never a truncated map. */
#ifndef DEALSTREAM_ENCODE_H
#define DEALSTREAM_ENCODE_H

#include <stddef.h>
#include <stdint.h>

#include "article.h"
#include "event.h"

#ifdef __cplusplus
extern "C" {
#endif

#define DS_EVENT_VERSION 1

/* Optional fields the service adds (seq, first_seen, mentions); NULL for none. */
typedef struct ds_encode_extra {
  uint64_t seq;          /* 0: omitted */
  int first_seen;        /* -1: omitted */
  uint32_t mentions;     /* 0: omitted */
} ds_encode_extra;

/* Stable deal id: "d" + 16 hex digits of FNV-1a 64 over the type family and the sorted
 * party keys, so the same deal reported by two articles gets the same id. out must hold
 * 18 bytes. */
void ds_deal_id(const ds_event *e, char out[18]);

/* The family a type belongs to for ids: "ma", "alliance", "investment", "supply",
 * "licensing". */
const char *ds_type_family(int type);

/* Encode e (spans into a->buf) into buf[0..cap). On success returns 0 and sets *len.
 * DS_ENOBUFS when it does not fit (buf contents then undefined), DS_EINVAL on a bad
 * argument. */
int ds_encode_event(const ds_event *e, const ds_article *a, const ds_encode_extra *x,
                    void *buf, size_t cap, size_t *len);

#ifdef __cplusplus
}
#endif
#endif
