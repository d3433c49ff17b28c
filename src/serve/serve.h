/* dealstream serve: the service's internals (libuv, POSIX). One loop thread: ingest
 * connections run a pipeline each and publish into the bus; subscribers are written to
 * from their bus queues; /metrics and /healthz over HTTP. Everything is allocated at
 * start-up from the configuration; nothing on the data path allocates. */
#ifndef DS_SERVE_H
#define DS_SERVE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <uv.h>

#include "dealstream/bus.h"
#include "dealstream/client.h"
#include "dealstream/pipeline.h"

#define DS__MAX_LISTEN 8 /* addresses per kind (ingest, publish) */
#define DS__MAX_WORKERS 16

/* ---- configuration (serve_config.c) ---- */

typedef struct ds__serve_config {
  ds_addr ingest[DS__MAX_LISTEN];
  int ningest, ingest_from; /* from: where the list came from (see ds__config_set) */
  ds_addr publish[DS__MAX_LISTEN];
  int npublish, publish_from;
  ds_addr metrics;
  int metrics_on;          /* "metrics = off" turns the HTTP endpoint off */
  uint32_t max_ingest;     /* ingest connections at once */
  uint32_t workers;        /* pipeline threads; 0: the loop thread runs the pipelines */
  uint32_t article_max;    /* per-connection article buffer, bytes */
  ds_pipe_opts pipe;       /* decoder caps, input format, oversize */
  uint32_t ack_every;      /* ack after this many articles */
  uint32_t ack_ms;         /* ... or this many ms with progress */
  uint32_t max_subs;       /* subscribers at once */
  uint32_t queue_bytes;    /* per-subscriber queue, bytes (the most one may ask for) */
  ds_policy policy;        /* default policy for subscribers that name none */
  uint32_t replay_events;  /* replay ring: events kept */
  uint64_t replay_bytes;   /* replay ring: bytes */
  uint32_t novelty_entries; /* deal ids remembered */
  uint32_t drain_ms;       /* longest SIGTERM drain */
  uint32_t linger_ms;      /* after an error map: wait this long for the peer's EOF */
  uint32_t handshake_ms;   /* a subscription / an HTTP request must arrive within this */
  int log_level;           /* 0 error, 1 warn, 2 info, 3 debug */
  char ready_file[512];    /* write the bound addresses here once listening */
} ds__serve_config;

void ds__config_default(ds__serve_config *c);
/* Apply one option (name without "--", value) from a source: 0 the defaults, 1.. config
 * files in order, DS__SOURCE_CLI the command line. The first ingest/publish address of
 * a source replaces those of earlier ones. Returns 0 or -1 with a message in err. */
#define DS__SOURCE_CLI 1000
int ds__config_set(ds__serve_config *c, const char *name, const char *value, int source,
                   char *err, size_t errcap);
/* Read a config file (key = value lines) as the given source. Returns 0 or -1 with a
 * message naming the file and line in err. */
int ds__config_load(ds__serve_config *c, const char *path, int source, char *err,
                    size_t errcap);
/* Is name a known option taking a value? */
int ds__config_known(const char *name);
/* Print every option with its default, as a config file. */
void ds__config_print_defaults(FILE *f);
/* Print every option as a --help line. */
void ds__config_print_defaults_help(FILE *f);

/* ---- logging (serve_log.c) ---- */

enum { DS__LOG_ERROR = 0, DS__LOG_WARN, DS__LOG_INFO, DS__LOG_DEBUG };
void ds__log_level(int level);
void ds__log(int level, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* ---- the server ---- */

typedef union ds__stream {
  uv_handle_t handle;
  uv_stream_t stream;
  uv_tcp_t tcp;
  uv_pipe_t pipe;
} ds__stream;

typedef struct ds__srv ds__srv;

typedef struct ds__listener {
  ds__stream h;
  ds__srv *srv;
  ds_addr addr;  /* as bound (port filled in) */
  int kind;      /* DS__L_INGEST, DS__L_PUBLISH, DS__L_METRICS */
  int open;
  int pending;   /* a connection waits in the backlog for a free refusal slot */
} ds__listener;

enum { DS__L_INGEST, DS__L_PUBLISH, DS__L_METRICS };

enum { DS__SLOT_FREE = 0, DS__SLOT_OPEN, DS__SLOT_CLOSING };

#define DS__INGEST_READ (64u * 1024u) /* read buffer per ingest connection */
#define DS__ACK_MAX 512u              /* largest ack or error map */

struct ds__worker;

typedef struct ds__conn {
  ds__stream h;
  ds__srv *srv;
  uint32_t idx;
  int state;
  /* with workers: the thread that runs this connection's pipeline, and the job it has
   * (a read buffer or the end of stream); reading stops while a job is out */
  struct ds__worker *w;
  int in_job, job_finish, free_after_job;
  size_t job_len;
  uint64_t decoded_seen; /* pipe->stats.bytes_out already counted */
  uint64_t id;        /* connection number, for logs */
  char peer[64];
  ds_pipe *pipe;
  char *art;
  unsigned char *rbuf;
  /* progress: what the next ack says */
  uint64_t articles, events, errors;
  uint64_t done_offset;  /* decoded bytes up to the end of the last processed article */
  char last_id[64];
  uint64_t acked;        /* articles the last ack sent said */
  uint64_t last_ack_ms;
  /* what is owed to the peer */
  int ack_due, final_due, error_due, shutdown_due;
  int eof, failed, done; /* done: the last map is written (or nothing more can be) */
  int reading;
  int err_code;
  uint64_t err_offset;
  uint64_t linger_until;
  int write_busy;
  uv_write_t wreq;
  uv_shutdown_t sreq;
  unsigned char wbuf[DS__ACK_MAX];
} ds__conn;

typedef struct ds__reject {
  ds__stream h;
  ds__srv *srv;
  int busy;
  uv_write_t wreq;
  unsigned char wbuf[256];
} ds__reject;

#define DS__SUB_REQ_MAX 4096u /* largest subscription map */
#define DS__SUB_WBUF (32u * 1024u)

typedef struct ds__sub {
  ds__stream h;
  ds__srv *srv;
  uint32_t idx;
  int state;
  int subscribed;   /* the subscription was read */
  int closing_after_flush; /* an error was queued: close once written */
  uint64_t id;
  uint64_t accepted_ms;
  char peer[64];
  size_t rlen;
  unsigned char rbuf[DS__SUB_REQ_MAX];
  int write_busy;
  size_t inflight;
  uv_write_t wreq;
  unsigned char *wbuf;
} ds__sub;

#define DS__HTTP_MAX 8 /* metrics connections at once */

typedef struct ds__http ds__http;

enum { DS__NERR = 16 }; /* error counters by code: index -code */

typedef struct ds__counters {
  uint64_t ingest_total, ingest_rejected, ingest_bytes, ingest_decoded;
  uint64_t articles, events_ingest, streams_ok, streams_failed, streams_cut;
  uint64_t errors[DS__NERR]; /* by ds_errno */
  uint64_t read_errors;      /* socket errors on ingest */
  uint64_t subs_total, subs_rejected, subs_slow_closed, subs_bad_request;
  uint64_t http_requests;
} ds__counters;

/* A pipeline thread (serve_work.c). Connections are given to workers at accept; the
 * loop thread hands a worker a connection's read buffer (a job) and the worker runs the
 * pipeline over it with its own extractor, posting what came out (events, articles,
 * errors, the job's end) to its outbox, which the loop thread empties in order on a
 * uv_async wake-up: it publishes, counts and acks as it would have inline. */
#define DS__OUTBOX (256u * 1024u) /* per worker, bytes; a full outbox makes the worker wait */

typedef struct ds__worker {
  ds__srv *srv;
  unsigned idx;
  uv_thread_t thread;
  int started;
  void *xmem;
  ds_extractor *x;
  uv_mutex_t mu; /* guards jobs, out and quit */
  uv_cond_t has_job, has_room;
  uint32_t *jobs; /* connection indices, first in first out (max-connections of them) */
  uint32_t jhead, jcount;
  ds_mring out;
  unsigned char *obuf;
  int quit;
  unsigned nconns; /* connections given to it (loop thread only) */
} ds__worker;

struct ds__srv {
  uv_loop_t *loop;
  ds__worker *workers;
  unsigned nworkers;
  uv_async_t wake; /* a worker posted something */
  int wake_open;
  unsigned char *wmsg; /* one outbox message, copied out (loop thread) */
  ds__serve_config cfg;
  ds__listener listeners[2 * DS__MAX_LISTEN + 1];
  int nlisteners;
  ds_extractor *x;
  void *xmem;
  ds__conn *conns;
  ds__reject rejects[4];
  ds__sub *subs;
  ds_bus_sub *bsubs;
  ds_bus *bus;
  ds__http *http;
  /* the pools behind the slots (allocate() in serve_main.c) */
  ds_pipe *pipes;
  char *arts;
  unsigned char *rbufs, *wbufs, *qbufs, *replay_bytes;
  size_t *replay_index;
  ds_novelty_slot *novelty_slots;
  ds__counters c;
  uint64_t next_conn_id;
  uv_timer_t tick;
  uv_signal_t sigint, sigterm;
  int draining;
  uint64_t drain_deadline;
  int stopping;
  size_t mem_total; /* bytes allocated at start-up */
};

/* serve_main.c */
int ds__serve_run(const ds__serve_config *cfg);
/* Bytes allocated per ingest connection / per subscriber under this configuration. */
size_t ds__conn_memory(const ds__serve_config *c);
size_t ds__sub_memory(const ds__serve_config *c);
uint64_t ds__now_ms(ds__srv *s);
void ds__maybe_finish_drain(ds__srv *s);

/* serve_net.c: listeners and the shared bits of connections */
int ds__listen_all(ds__srv *s);
void ds__listeners_close(ds__srv *s);
int ds__accept(ds__listener *l, ds__stream *h);
void ds__peer_name(ds__stream *h, int unix_kind, char *out, size_t cap);

/* serve_ingest.c */
void ds__ingest_accept(ds__listener *l);
/* Accept a connection only to send it an error map ({type: error, code, message}) and
 * close it: for connections past a limit. */
void ds__reject_connection(ds__listener *l, const char *code, const char *msg);
/* Accept connections left waiting while every refusal slot was busy. */
void ds__retry_listeners(ds__srv *s);
void ds__ingest_tick(ds__srv *s, uint64_t now);
void ds__ingest_drain(ds__srv *s);
int ds__ingest_open_count(const ds__srv *s);
void ds__ingest_close_all(ds__srv *s);

/* serve_work.c */
int ds__work_init(ds__srv *s, size_t *total); /* allocate and start the workers */
void ds__work_stop(ds__srv *s);               /* tell them to stop (loop thread, in finish) */
void ds__work_free(ds__srv *s);               /* join and free (after the loop ended) */
ds__worker *ds__work_pick(ds__srv *s);         /* the worker with the fewest connections */
void ds__work_submit(ds__conn *c);             /* hand c's job to its worker */
ds_pipe_callbacks ds__work_callbacks(ds__conn *c); /* a pipeline's callbacks on a worker */
/* serve_ingest.c: what a pipeline's results do, on the loop thread */
void ds__ingest_apply_event(ds__conn *c, const void *mp, size_t len, const char *id);
void ds__ingest_apply_article(ds__conn *c, uint64_t done_offset, const char *id, size_t idlen);
void ds__ingest_apply_error(ds__conn *c, const ds_error *e, int from_decoder, const char *id);
void ds__ingest_job_done(ds__conn *c, int rc);

/* serve_sub.c */
void ds__sub_accept(ds__listener *l);
void ds__subs_kick(ds__srv *s);
void ds__subs_drain_close(ds__srv *s, int force);
int ds__subs_busy(const ds__srv *s);
int ds__sub_open_count(const ds__srv *s);
/* Refuse subscribers that sent no subscription within handshake-ms. */
void ds__subs_tick(ds__srv *s, uint64_t now);

/* serve_http.c */
int ds__http_init(ds__srv *s, size_t *total);
void ds__http_free(ds__srv *s);
void ds__http_accept(ds__listener *l);
void ds__http_close_all(ds__srv *s);
/* Close HTTP connections that sent no whole request within handshake-ms. */
void ds__http_tick(ds__srv *s, uint64_t now);

/* serve_metrics.c: the Prometheus text into out[0..cap); returns its length */
size_t ds__metrics_render(ds__srv *s, char *out, size_t cap);
size_t ds__metrics_size(const ds__srv *s);

#endif
