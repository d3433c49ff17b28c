/* dealstream client library: subscribe to a `dealstream serve` publish address and read
 * the deal events it sends (wire protocol: docs/protocol.md). Blocking, one connection
 * per ds_client, no threads; link with -ldealstream_client -ldealstream_core
 * -lmsgpackc. See examples/subscribe.c.
 *
 *   ds_client *c = ds_client_connect("tcp://127.0.0.1:7401", err, sizeof err);
 *   ds_sub_request rq = {0};  rq.new_only = 1;
 *   ds_client_subscribe(c, &rq);
 *   ds_client_msg m;
 *   while (ds_client_next(c, &m) == 1)
 *     if (m.kind == DS_MSG_EVENT) printf("%llu %.*s\n", m.seq, (int)m.ev.type_len, m.ev.type);
 *   ds_client_close(c);
 */
#ifndef DEALSTREAM_CLIENT_H
#define DEALSTREAM_CLIENT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- addresses: "tcp://HOST:PORT" (HOST a name, an IPv4 address or [IPv6]) or
 * "unix:PATH" ---- */

typedef enum ds_addr_kind { DS_ADDR_TCP = 1, DS_ADDR_UNIX } ds_addr_kind;

typedef struct ds_addr {
  ds_addr_kind kind;
  char host[256]; /* TCP: without brackets */
  uint16_t port;  /* TCP: 0 asks the system for a free port (listeners) */
  char path[108]; /* unix: the socket's path */
} ds_addr;

/* Parse s into *a. Returns 0, or -1 (DS_EINVAL) when s is no valid address. */
int ds_addr_parse(const char *s, ds_addr *a);
/* Print a as an address string (the inverse of ds_addr_parse) into out[0..cap). */
void ds_addr_format(const ds_addr *a, char *out, size_t cap);

/* Open a blocking stream socket to a. Returns the file descriptor, or -1 with a message
 * in err[0..errcap). */
int ds_addr_connect(const ds_addr *a, char *err, size_t errcap);

/* ---- messages ---- */

typedef enum ds_msg_kind {
  DS_MSG_OTHER = 0,  /* a map of a type this library does not know (newer server) */
  DS_MSG_EVENT,      /* a deal event (docs/events.md, plus seq, first_seen, mentions) */
  DS_MSG_SUBSCRIBED, /* the reply to the subscription: seq is the first seq to come */
  DS_MSG_GAP,        /* replay could not reach back: events from_seq..to_seq are gone */
  DS_MSG_ERROR       /* the server refused or ended the subscription: code, message */
} ds_msg_kind;

/* A string inside the message bytes (not NUL-terminated). */
typedef struct ds_str {
  const char *p;
  size_t n;
} ds_str;

typedef struct ds_client_party {
  ds_str name, key, role;
} ds_client_party;

/* The fields of an event most apps need; everything else is in the raw map (mp). */
typedef struct ds_client_event {
  ds_str id, type, status, date;
  int has_value;
  double amount;
  ds_str currency;
  int first_seen;    /* 1, 0, or -1 when absent */
  uint32_t mentions;
  uint32_t nparties; /* parties[] holds the first 8 */
  ds_client_party parties[8];
  ds_str article_id, article_title;
} ds_client_event;

typedef struct ds_client_msg {
  ds_msg_kind kind;
  const void *mp; /* the whole msgpack map; valid until the next ds_client_next() */
  size_t len;
  uint64_t seq;      /* EVENT: its seq; SUBSCRIBED: the first seq to come */
  uint64_t missed;   /* EVENT: events dropped just before this one (slow reader) */
  uint64_t from_seq, to_seq; /* GAP */
  ds_str code, message;      /* ERROR */
  ds_client_event ev;        /* EVENT */
} ds_client_msg;

/* Decode one message map (e.g. read by your own socket code). Returns 0, or -12
 * (DS_EMSGPACK) when mp is no map. */
int ds_client_decode(const void *mp, size_t len, ds_client_msg *m);

/* ---- the connection ---- */

/* What to subscribe to. Zero-initialize, then set what you need. */
typedef struct ds_sub_request {
  const char *const *types; /* deal type names ("acquisition", ...); NULL: any */
  size_t ntypes;
  const char *const *parties; /* party keys ("gem") or name prefixes ("Ascend"); NULL: any */
  size_t nparties;
  int has_min_value;          /* only events with a value in min_currency >= min_amount */
  double min_amount;
  const char *min_currency;   /* "USD" */
  int new_only;               /* only first_seen events */
  int has_from_seq;           /* replay from from_seq on */
  uint64_t from_seq;
  const char *policy;         /* "drop" or "disconnect"; NULL: the server's default */
  uint64_t queue_bytes;       /* 0: the server's default */
} ds_sub_request;

typedef struct ds_client ds_client;

/* Connect to a publish address ("tcp://127.0.0.1:7401", "unix:/run/ds.sock"). NULL on
 * failure, with a message in err. */
ds_client *ds_client_connect(const char *addr, char *err, size_t errcap);

/* Encode a subscription map into buf[0..cap); returns its length or -2 (DS_ENOBUFS). */
int64_t ds_sub_request_encode(const ds_sub_request *r, void *buf, size_t cap);

/* Send the subscription. Returns 0 or a negative error (-11 DS_EIO, -2 DS_ENOBUFS). */
int ds_client_subscribe(ds_client *c, const ds_sub_request *r);

/* Wait for the next message. Returns 1 with *m filled, 0 when the server closed the
 * connection cleanly between messages, or a negative error (DS_EIO, DS_EMSGPACK).
 * ds_client_error() describes the last error. */
int ds_client_next(ds_client *c, ds_client_msg *m);

const char *ds_client_error(const ds_client *c);

/* The socket, e.g. for poll(). */
int ds_client_fd(const ds_client *c);

void ds_client_close(ds_client *c);

#ifdef __cplusplus
}
#endif
#endif
