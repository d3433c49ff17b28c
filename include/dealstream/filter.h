/* Subscriptions: the request a subscriber sends (a msgpack map, docs/protocol.md), the
 * filter it holds, and the test of an event against it. Events are tested in their
 * encoded form (a view into the msgpack bytes), so live events and replayed ones go
 * through the same test. No allocation. */
#ifndef DEALSTREAM_FILTER_H
#define DEALSTREAM_FILTER_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Party filters one subscription may hold. */
#ifndef DS_FILTER_MAX_PARTIES
#define DS_FILTER_MAX_PARTIES 16
#endif

/* What one subscription lets through. Every given criterion must hold; within a list
 * (types, parties) any one entry is enough. */
typedef struct ds_filter {
  uint32_t types;    /* bit per ds_deal_type; 0: any type */
  uint32_t nparties; /* 0: any parties */
  /* a party filter matches a party whose key equals it, or whose name starts with it
   * (ASCII case ignored) */
  char party[DS_FILTER_MAX_PARTIES][DS_KEY_MAX];
  int has_min;       /* min_value given: the event's value must be in min_currency and */
  double min_amount; /* at least min_amount; an event with no value does not pass */
  char min_currency[4];
  int new_only;      /* only events with first_seen true */
} ds_filter;

typedef enum ds_policy { DS_POLICY_DROP = 0, DS_POLICY_DISCONNECT } ds_policy;

typedef struct ds_subscribe {
  ds_filter filter;
  int has_from_seq;
  uint64_t from_seq;    /* replay from this seq on (has_from_seq) */
  int has_policy;
  ds_policy policy;     /* what a full queue does (has_policy); else the server's default */
  uint64_t queue_bytes; /* requested queue size; 0: the server's default */
} ds_subscribe;

/* Parse a subscribe map ({"type":"subscribe", ...}). Unknown keys are ignored. Returns
 * 0, or DS_EINVAL with a message in err[0..errcap) naming the bad key. */
int ds_subscribe_parse(const void *mp, size_t len, ds_subscribe *s, char *err,
                       size_t errcap);

/* The fields of an encoded event that filters and the service read; pointers into the
 * msgpack bytes. */
typedef struct ds_evview_party {
  const char *name, *key;
  size_t name_len, key_len;
} ds_evview_party;

typedef struct ds_evview {
  const char *id;
  size_t id_len;
  int type;          /* ds_deal_type, -1 unknown */
  int has_value;
  double amount;
  char currency[4];  /* "" when nil */
  int first_seen;    /* 1, 0, or -1 when absent */
  uint64_t seq;      /* 0 when absent */
  uint32_t nparties; /* at most DS_MAX_PARTIES read */
  ds_evview_party parties[DS_MAX_PARTIES];
} ds_evview;

/* Read an event map. Returns 0, or DS_EMSGPACK when mp is no well-formed map. */
int ds_evview_parse(const void *mp, size_t len, ds_evview *v);

/* Does the event pass the filter? 1 or 0. */
int ds_filter_match(const ds_filter *f, const ds_evview *v);

/* The ds_deal_type named s[0..n), or -1. */
int ds_deal_type_from_name(const char *s, size_t n);

#ifdef __cplusplus
}
#endif
#endif
