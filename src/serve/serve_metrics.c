/* Counters as Prometheus text (exposition format 0.0.4), into a buffer sized at
 * start-up for the configured number of subscribers. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "serve.h"

#define PER_SUB 640u /* bytes of metrics per subscriber, at most */

size_t ds__metrics_size(const ds__srv *s) { return 12288u + (size_t)s->cfg.max_subs * PER_SUB; }

typedef struct out {
  char *p;
  size_t cap, len;
} out;

static void put(out *o, const char *fmt, ...) {
  va_list ap;
  if (o->len >= o->cap) return;
  va_start(ap, fmt);
  int n = vsnprintf(o->p + o->len, o->cap - o->len, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  o->len += (size_t)n;
  if (o->len > o->cap) o->len = o->cap; /* cut: never happens with the sizes above */
}

static void metric(out *o, const char *name, const char *type, const char *help, uint64_t v) {
  put(o, "# HELP %s %s\n# TYPE %s %s\n%s %llu\n", name, help, name, type, name,
      (unsigned long long)v);
}

size_t ds__metrics_render(ds__srv *s, char *buf, size_t cap) {
  out o = {buf, cap, 0};
  const ds__counters *c = &s->c;
  const ds_bus *b = s->bus;
  uint64_t paused = 0;
  for (uint32_t i = 0; i < s->cfg.max_ingest; i++)
    paused += s->conns[i].state == DS__SLOT_OPEN && (s->conns[i].done || s->conns[i].shutdown_due);
  metric(&o, "dealstream_ingest_connections", "gauge", "Ingest connections open.",
         (uint64_t)ds__ingest_open_count(s));
  metric(&o, "dealstream_ingest_connections_total", "counter", "Ingest connections accepted.",
         c->ingest_total);
  metric(&o, "dealstream_ingest_rejected_total", "counter",
         "Ingest connections refused (max-connections).", c->ingest_rejected);
  metric(&o, "dealstream_ingest_paused", "gauge",
         "Ingest connections no longer processed (error, final ack or drain sent; waiting for the peer to close).",
         paused);
  metric(&o, "dealstream_ingest_bytes_total", "counter", "Bytes received on ingest connections.",
         c->ingest_bytes);
  metric(&o, "dealstream_ingest_decoded_bytes_total", "counter", "Bytes after decompression.",
         c->ingest_decoded);
  metric(&o, "dealstream_streams_total", "counter", "Ingest streams that ended cleanly.", c->streams_ok);
  metric(&o, "dealstream_streams_failed_total", "counter", "Ingest streams that were corrupt.",
         c->streams_failed);
  metric(&o, "dealstream_streams_cut_total", "counter", "Ingest connections lost mid-stream.",
         c->streams_cut);
  metric(&o, "dealstream_articles_total", "counter", "Articles processed.", c->articles);
  metric(&o, "dealstream_events_total", "counter", "Deal events published.", b->stats.events);
  metric(&o, "dealstream_events_first_seen_total", "counter", "Events whose deal id was new.",
         b->stats.first);
  put(&o, "# HELP dealstream_errors_total Problems in ingest streams, by kind.\n"
          "# TYPE dealstream_errors_total counter\n");
  for (int k = 1; k < DS__NERR; k++) {
    const char *name = ds_err_name(-k);
    if (strcmp(name, "UNKNOWN") != 0)
      put(&o, "dealstream_errors_total{kind=\"%s\"} %llu\n", name, (unsigned long long)c->errors[k]);
  }
  put(&o, "dealstream_errors_total{kind=\"read\"} %llu\n", (unsigned long long)c->read_errors);
  put(&o, "dealstream_errors_total{kind=\"encode\"} %llu\n",
      (unsigned long long)b->stats.encode_errors);
  metric(&o, "dealstream_subscribers", "gauge", "Subscribers connected.",
         (uint64_t)ds__sub_open_count(s));
  metric(&o, "dealstream_subscribers_total", "counter", "Subscriber connections accepted.",
         c->subs_total);
  metric(&o, "dealstream_subscribers_rejected_total", "counter",
         "Subscriber connections refused (max-subscribers).", c->subs_rejected);
  metric(&o, "dealstream_subscribers_bad_request_total", "counter",
         "Subscriptions refused as malformed.", c->subs_bad_request);
  metric(&o, "dealstream_subscribers_disconnected_slow_total", "counter",
         "Subscribers closed by policy disconnect.", c->subs_slow_closed);
  metric(&o, "dealstream_dropped_total", "counter", "Events dropped from subscriber queues.",
         b->stats.dropped);
  metric(&o, "dealstream_replay_events", "gauge", "Events held in the replay ring.",
         b->replay.count);
  metric(&o, "dealstream_replay_first_seq", "gauge", "Oldest seq the replay ring holds.",
         b->replay.first_seq);
  metric(&o, "dealstream_next_seq", "gauge", "The seq the next event gets.", b->next_seq);
  metric(&o, "dealstream_novelty_evictions_total", "counter",
         "Deal ids forgotten by the novelty table to make room.", b->novelty.evictions);
  metric(&o, "dealstream_memory_bytes", "gauge", "Bytes allocated at start-up.", s->mem_total);
  put(&o, "# HELP dealstream_subscriber_queue_bytes Bytes queued or in flight per subscriber.\n"
          "# TYPE dealstream_subscriber_queue_bytes gauge\n");
  for (uint32_t i = 0; i < s->cfg.max_subs; i++) {
    const ds__sub *u = &s->subs[i];
    if (u->state != DS__SLOT_OPEN || !u->subscribed) continue;
    put(&o, "dealstream_subscriber_queue_bytes{sub=\"%llu\"} %zu\n", (unsigned long long)u->id,
        s->bsubs[i].q.used + u->inflight);
  }
  put(&o, "# HELP dealstream_subscriber_dropped_total Events dropped per subscriber.\n"
          "# TYPE dealstream_subscriber_dropped_total counter\n");
  for (uint32_t i = 0; i < s->cfg.max_subs; i++) {
    const ds__sub *u = &s->subs[i];
    if (u->state != DS__SLOT_OPEN || !u->subscribed) continue;
    put(&o, "dealstream_subscriber_dropped_total{sub=\"%llu\"} %llu\n", (unsigned long long)u->id,
        (unsigned long long)s->bsubs[i].dropped);
  }
  put(&o, "# HELP dealstream_subscriber_events_total Events sent per subscriber.\n"
          "# TYPE dealstream_subscriber_events_total counter\n");
  for (uint32_t i = 0; i < s->cfg.max_subs; i++) {
    const ds__sub *u = &s->subs[i];
    if (u->state != DS__SLOT_OPEN || !u->subscribed) continue;
    put(&o, "dealstream_subscriber_events_total{sub=\"%llu\"} %llu\n", (unsigned long long)u->id,
        (unsigned long long)s->bsubs[i].events);
  }
  return o.len;
}
