/* The bus: what the service does with each deal event between the pipelines and the
 * subscribers, free of sockets and clocks so it can be tested alone.
 *
 * Publishing an event gives it the next sequence number (seq, from 1), marks it
 * first_seen/mentions from the novelty table, encodes it with those fields, keeps it in
 * the replay ring and queues it for every subscriber whose filter it passes. Each
 * subscriber has a bounded byte queue; when an event does not fit, the subscriber's
 * policy decides: drop (the oldest queued messages go, counted; the next event taken
 * carries "missed": N) or disconnect (the subscriber is marked overflowed and the
 * caller closes it). A slow subscriber costs the others nothing.
 *
 * A subscriber that asked for from_seq reads from the replay ring (a cursor) until it
 * has caught up, then live; a request older than the ring gets a gap notice first.
 * Replay never drops: the cursor waits for room in the queue.
 *
 * The caller owns all memory (subscriber array and queues, replay ring, novelty
 * slots); nothing here allocates. */
#ifndef DEALSTREAM_BUS_H
#define DEALSTREAM_BUS_H

#include <stddef.h>
#include <stdint.h>

#include "article.h"
#include "config.h"
#include "event.h"
#include "filter.h"
#include "mring.h"
#include "novelty.h"
#include "replay.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Largest message the bus queues: an event with the service's fields. */
#define DS_BUS_MSG_MAX (DS_EVENT_MAX + 128u)
/* Bytes the "missed" field may add to an event when it is taken. */
#define DS_BUS_MISSED_MAX 24u
/* Smallest queue a subscriber may have: one largest event. */
#define DS_BUS_QUEUE_MIN (DS_BUS_MSG_MAX + DS_MRING_HDR)

/* Message tags in a subscriber queue. */
enum { DS_BUS_TAG_CONTROL = 0, DS_BUS_TAG_EVENT = 1 };

typedef struct ds_bus_sub {
  int active;
  int overflowed;      /* disconnect policy: an event did not fit; close it */
  int replaying;       /* reading the replay ring at cursor */
  uint64_t cursor;     /* next seq to read from the replay ring */
  ds_filter filter;
  ds_policy policy;
  ds_mring q;          /* the output queue */
  unsigned char *qbuf; /* its memory (the caller's, qcap bytes) */
  size_t qcap;
  uint64_t missed;     /* events dropped and not yet reported */
  /* counters, for metrics */
  uint64_t events;     /* events taken for sending */
  uint64_t dropped;    /* events dropped (drop policy) */
  uint64_t gaps;       /* gap notices queued */
} ds_bus_sub;

typedef struct ds_bus_stats {
  uint64_t events;  /* published */
  uint64_t first;   /* of which first_seen */
  uint64_t dropped; /* events dropped from subscriber queues, all subscribers */
  uint64_t overflows; /* subscribers marked overflowed */
  uint64_t encode_errors;
} ds_bus_stats;

typedef struct ds_bus {
  uint64_t next_seq;
  ds_replay replay;
  ds_novelty novelty;
  ds_bus_sub *subs;
  size_t nsubs;
  ds_bus_stats stats;
  unsigned char msg[DS_BUS_MSG_MAX]; /* the event being published */
  unsigned char tmp[DS_BUS_MSG_MAX]; /* an event read back from the replay ring */
} ds_bus;

/* Prepare the bus. subs is an array of nsubs subscribers whose qbuf/qcap the caller has
 * set (each qcap at least DS_BUS_QUEUE_MIN); the replay ring and novelty table are
 * prepared by the caller with their own init functions, over its memory, before or
 * after (they are plain members). */
void ds_bus_init(ds_bus *b, ds_bus_sub *subs, size_t nsubs);

/* Publish one event (the extractor's event and its article). Returns the seq given, or
 * a negative error (DS_ENOBUFS: it did not encode; counted, nothing published). */
int64_t ds_bus_publish(ds_bus *b, const ds_event *ev, const ds_article *a);
/* The same for an event already encoded by ds_encode_event() without the service's
 * fields (the pipeline's encoding, made on another thread perhaps) and its deal id
 * (ds_deal_id(), 17 characters): the bytes published are the same. */
int64_t ds_bus_publish_encoded(ds_bus *b, const void *mp, size_t len, const char *id);

/* Start subscriber i with request s (see filter.h). The queue is cut to s->queue_bytes
 * when that is smaller than qcap (never below DS_BUS_QUEUE_MIN). Queues the
 * "subscribed" reply. Returns 0 or DS_EINVAL. */
int ds_bus_sub_start(ds_bus *b, size_t i, const ds_subscribe *s);

/* Queue a control message (e.g. an error) for subscriber i; 0 or DS_ENOBUFS. */
int ds_bus_sub_control(ds_bus *b, size_t i, const void *mp, size_t len);

/* Stop subscriber i (its slot is free again). */
void ds_bus_sub_stop(ds_bus *b, size_t i);

/* Move queued messages of subscriber i into out[0..cap) for writing, oldest first, as
 * many whole ones as fit (replaying subscribers are first topped up from the replay
 * ring). Returns the bytes written (0: nothing to send). cap must be at least
 * DS_BUS_MSG_MAX + DS_BUS_MISSED_MAX to be sure to make progress. */
size_t ds_bus_sub_take(ds_bus *b, size_t i, void *out, size_t cap);

/* Does subscriber i have anything to send (queued, or replay not caught up)? */
int ds_bus_sub_pending(const ds_bus *b, size_t i);

#ifdef __cplusplus
}
#endif
#endif
