/* ds_load, the service load generator: its parts.
 *
 *  load_corpus.c  the corpus as JSON Lines with a new id each, gzipped per gateway
 *  load_serve.c   `dealstream serve` on ephemeral loopback ports: start, /metrics,
 *                 /proc figures, stop
 *  load_subs.c    S subscribers on one thread: events, missed counts, latencies
 *  load_gw.c      K gateways on the calling thread: paced or flat-out sends, acks
 *
 * Latency: article i of a run (over all gateways) has the id "L<i>" and is due to be
 * sent at t0 + i / rate. A subscriber takes the time an event arrives, reads i back
 * from the event's article.id and subtracts the article's due time. The clock is
 * CLOCK_MONOTONIC, one clock for every process of the machine. The due time, not the
 * time the send happened, so a gateway held up by a slow server adds to the latency
 * rather than hiding it (no coordinated omission). */
#ifndef DS_LOAD_H
#define DS_LOAD_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* ---- load_corpus.c ---- */

/* Each article as the tail of a JSON line: everything after the id's value,
 * `,"source":"...",...,"body":"..."}\n`; the line is `{"id":"L<i>"` + tail. */
typedef struct ds_load_corpus {
  char **tail;
  size_t *tail_len;
  size_t n;
  uint64_t bytes; /* of the tails */
} ds_load_corpus;

int ds_load_corpus_read(const char *path, ds_load_corpus *c);
void ds_load_corpus_free(ds_load_corpus *c);

/* One gateway's stream, gzipped ahead of time: its articles (global indexes g, g+K,
 * g+2K, ...) each followed by a sync flush, so the server can decode each article as
 * soon as its bytes are in. The stream may be cut after any article n: bytes
 * [0, end[n]) and then ds_load_stream_tail(n) end it as a valid gzip member. */
typedef struct ds_load_stream {
  unsigned char *bytes;
  size_t len;
  size_t n;          /* articles */
  size_t *end;       /* end offset of each article's compressed bytes */
  uint32_t *crc;     /* CRC-32 of the decompressed bytes up to the end of each */
  uint32_t *isize;   /* their length mod 2^32 */
  uint64_t *dbytes;  /* decompressed bytes up to the end of each */
} ds_load_stream;

int ds_load_stream_build(ds_load_stream *s, const ds_load_corpus *c, unsigned g, unsigned k,
                         size_t n);
/* The 10 bytes that end the member after article n: an empty final block, CRC, size. */
void ds_load_stream_tail(const ds_load_stream *s, size_t n, unsigned char out[10]);
void ds_load_stream_free(ds_load_stream *s);

/* ---- load_serve.c ---- */

typedef struct ds_load_server {
  pid_t pid;
  char ingest[160], publish[160], metrics[160];
  char dir[512];
} ds_load_server;

/* Start `BIN serve` on 127.0.0.1 port 0 for ingest, publish and metrics, with opts
 * (NULL-terminated) added; its log goes to DIR/serve.log. Waits for its ready file.
 * Returns 0 or -1. */
int ds_load_serve_start(ds_load_server *s, const char *bin, const char *dir,
                        const char *const *opts);
/* GET /metrics into buf (NUL-terminated). Returns its length or -1. */
long ds_load_serve_metrics(const ds_load_server *s, char *buf, size_t cap);
/* Sum of the samples of a metric (every label set); NAN when absent. */
double ds_load_metric(const char *text, const char *name);
/* A "Vm..." field of /proc/PID/status in KiB, -1 when unknown. */
long ds_load_proc_kib(pid_t pid, const char *field);
/* User + system CPU seconds of PID so far. */
double ds_load_proc_cpu(pid_t pid);
/* SIGTERM, wait (10 s at most, then SIGKILL). Returns the exit status, -1 when killed. */
int ds_load_serve_stop(ds_load_server *s);

/* ---- load_subs.c ---- */

typedef struct ds_load_sub {
  int fd;
  int subscribed, closed;
  uint64_t events, missed;
  size_t len;
  unsigned char buf[64 * 1024];
} ds_load_sub;

typedef struct ds_load_subs {
  int n;
  ds_load_sub *sub;
  int epfd;
  pthread_t th;
  int started;
  atomic_int nsubscribed;
  atomic_int stop;
  atomic_int done;    /* the thread has ended: every subscriber saw what was expected */
  atomic_int refused; /* the server refused a subscription (err says why) */
  atomic_ullong expected; /* events each subscriber is to see; UINT64_MAX: not known yet */
  atomic_ullong t0;       /* the run's start (ns); 0: not started */
  double ns_per_article;  /* 1e9 / rate; 0: no latencies (flat-out runs) */
  uint64_t warm_articles; /* articles before this index give no latency sample */
  /* results, read after ds_load_subs_finish() */
  double *lat_ns;
  size_t nlat, lcap;
  uint64_t bad_ids;  /* events whose article id is not ours */
  uint64_t last_ns;  /* when the last event arrived */
  char err[256];
} ds_load_subs;

/* Connect n subscribers to addr, subscribe each to everything, start the reading thread
 * and wait (10 s at most) for every "subscribed". Returns 0 or -1 (err says why). */
int ds_load_subs_start(ds_load_subs *s, const char *addr, int n);
/* Tell the thread how many events each subscriber is to see, wait until they have (or
 * missed them) or the deadline (ns) passes, then stop it and close the sockets. */
void ds_load_subs_finish(ds_load_subs *s, uint64_t expected, uint64_t deadline_ns);
void ds_load_subs_free(ds_load_subs *s);

/* ---- load_gw.c ---- */

typedef struct ds_load_gws {
  unsigned k;
  ds_load_stream *streams; /* k of them */
  size_t total;            /* articles to send, over all gateways */
  double rate;             /* articles per second over all; 0: flat out */
  uint64_t t0;             /* set by ds_load_gws_run */
  /* results */
  uint64_t articles, events, errors; /* from the final acks */
  uint64_t dbytes;                   /* decompressed bytes sent */
  int finals, failed;                /* gateways that got a final ack / an error map */
  uint64_t t_end;                    /* when the last final ack came */
  double max_lag_ns;                 /* worst delay of a send after its due time */
  char err[256];
} ds_load_gws;

/* Connect k gateways to addr and send: article i (over all gateways; gateway i % k)
 * at t0 + i / rate, or everything at once with rate 0; half-close each stream after
 * its last article and wait for the final acks (until deadline_ns). subs->t0 is set
 * to the start. Returns 0 when every gateway got its final ack, -1 otherwise. */
int ds_load_gws_run(ds_load_gws *g, const char *addr, ds_load_subs *subs,
                    uint64_t deadline_ns);

#endif
