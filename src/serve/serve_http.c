/* The metrics endpoint: HTTP/1.1 GET /metrics (Prometheus text format 0.0.4) and
 * /healthz, parsed with http-parser (Debian's libhttp-parser). One request per
 * connection (Connection: close); at most DS__HTTP_MAX connections at once, each with
 * its buffers allocated at start-up. */
#include <http_parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serve.h"

struct ds__http {
  ds__stream h;
  ds__srv *srv;
  int state;
  int answered;
  uint64_t accepted_ms;
  http_parser parser;
  char url[256];
  size_t url_len;
  int url_long;
  char rbuf[2048];
  char head[256];
  char *body;
  size_t body_cap;
  uv_write_t wreq;
};

static http_parser_settings settings;

static void on_closed(uv_handle_t *h) {
  ds__http *q = h->data;
  q->state = DS__SLOT_FREE;
  ds__retry_listeners(q->srv);
  ds__maybe_finish_drain(q->srv);
}

static void http_close(ds__http *q) {
  if (q->state != DS__SLOT_OPEN) return;
  q->state = DS__SLOT_CLOSING;
  uv_close(&q->h.handle, on_closed);
}

static void on_written(uv_write_t *req, int status) {
  (void)status;
  http_close(req->data);
}

static void respond(ds__http *q, int code, const char *reason, const char *type, size_t blen,
                    int head_only) {
  int n = snprintf(q->head, sizeof q->head,
                   "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n"
                   "Connection: close\r\n\r\n",
                   code, reason, type, blen);
  uv_buf_t b[2] = {uv_buf_init(q->head, (unsigned)n), uv_buf_init(q->body, (unsigned)blen)};
  q->answered = 1;
  q->wreq.data = q;
  uv_read_stop(&q->h.stream);
  if (uv_write(&q->wreq, &q->h.stream, b, head_only ? 1 : 2, on_written) < 0) http_close(q);
}

static int on_url(http_parser *p, const char *at, size_t len) {
  ds__http *q = p->data;
  if (len > sizeof q->url - 1 - q->url_len) {
    q->url_long = 1;
    return 0;
  }
  memcpy(q->url + q->url_len, at, len);
  q->url_len += len;
  q->url[q->url_len] = 0;
  return 0;
}

static size_t text(ds__http *q, const char *s) {
  size_t n = strlen(s);
  if (n > q->body_cap) n = q->body_cap;
  memcpy(q->body, s, n);
  return n;
}

static int on_complete(http_parser *p) {
  ds__http *q = p->data;
  ds__srv *s = q->srv;
  const char *plain = "text/plain; charset=utf-8";
  int head = p->method == HTTP_HEAD;
  s->c.http_requests++;
  /* the path without a query string */
  char *qm = strchr(q->url, '?');
  if (qm) *qm = 0;
  if (p->method != HTTP_GET && !head) {
    respond(q, 405, "Method Not Allowed", plain, text(q, "only GET and HEAD\n"), 0);
  } else if (q->url_long) {
    respond(q, 414, "URI Too Long", plain, text(q, "URI too long\n"), head);
  } else if (strcmp(q->url, "/metrics") == 0) {
    size_t n = ds__metrics_render(s, q->body, q->body_cap);
    respond(q, 200, "OK", "text/plain; version=0.0.4; charset=utf-8", n, head);
  } else if (strcmp(q->url, "/healthz") == 0) {
    if (s->draining) respond(q, 503, "Service Unavailable", plain, text(q, "draining\n"), head);
    else respond(q, 200, "OK", plain, text(q, "ok\n"), head);
  } else {
    respond(q, 404, "Not Found", plain, text(q, "not found: try /metrics or /healthz\n"), head);
  }
  return 1; /* one request per connection: stop parsing */
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  ds__http *q = h->data;
  (void)suggested;
  *buf = uv_buf_init(q->rbuf, sizeof q->rbuf);
}

static void on_read(uv_stream_t *st, ssize_t n, const uv_buf_t *buf) {
  ds__http *q = st->data;
  if (q->answered) return;
  if (n < 0) {
    if (n == UV_EOF) http_parser_execute(&q->parser, &settings, NULL, 0);
    if (!q->answered) http_close(q);
    return;
  }
  size_t used = http_parser_execute(&q->parser, &settings, buf->base, (size_t)n);
  if (!q->answered && (used != (size_t)n || HTTP_PARSER_ERRNO(&q->parser) != HPE_OK)) {
    size_t m = (size_t)snprintf(q->body, q->body_cap, "bad request: %s\n",
                                http_errno_description(HTTP_PARSER_ERRNO(&q->parser)));
    respond(q, 400, "Bad Request", "text/plain; charset=utf-8", m < q->body_cap ? m : 0, 0);
  }
}

int ds__http_init(ds__srv *s, size_t *total) {
  http_parser_settings_init(&settings);
  settings.on_url = on_url;
  settings.on_message_complete = on_complete;
  s->http = calloc(DS__HTTP_MAX, sizeof *s->http);
  if (!s->http) return -1;
  *total += DS__HTTP_MAX * sizeof *s->http;
  size_t cap = ds__metrics_size(s);
  for (int i = 0; i < DS__HTTP_MAX; i++) {
    s->http[i].srv = s;
    s->http[i].body = malloc(cap);
    s->http[i].body_cap = cap;
    if (!s->http[i].body) return -1;
    *total += cap;
  }
  return 0;
}

void ds__http_free(ds__srv *s) {
  if (!s->http) return;
  for (int i = 0; i < DS__HTTP_MAX; i++) free(s->http[i].body);
  free(s->http);
  s->http = NULL;
}

void ds__http_accept(ds__listener *l) {
  ds__srv *s = l->srv;
  ds__http *q = NULL;
  for (int i = 0; i < DS__HTTP_MAX; i++)
    if (s->http[i].state == DS__SLOT_FREE) {
      q = &s->http[i];
      break;
    }
  if (!q) { /* every slot busy: left in the backlog until one frees (they close fast) */
    l->pending = 1;
    return;
  }
  q->h.handle.data = q;
  q->state = DS__SLOT_OPEN;
  if (ds__accept(l, &q->h) < 0) {
    http_close(q);
    return;
  }
  q->h.handle.data = q;
  q->answered = 0;
  q->accepted_ms = ds__now_ms(s);
  q->url_len = 0;
  q->url[0] = 0;
  q->url_long = 0;
  http_parser_init(&q->parser, HTTP_REQUEST);
  q->parser.data = q;
  if (uv_read_start(&q->h.stream, on_alloc, on_read) < 0) http_close(q);
}

void ds__http_tick(ds__srv *s, uint64_t now) {
  if (!s->http) return;
  for (int i = 0; i < DS__HTTP_MAX; i++) {
    ds__http *q = &s->http[i];
    if (q->state == DS__SLOT_OPEN && !q->answered && now - q->accepted_ms >= s->cfg.handshake_ms)
      http_close(q);
  }
}

void ds__http_close_all(ds__srv *s) {
  if (!s->http) return;
  for (int i = 0; i < DS__HTTP_MAX; i++) http_close(&s->http[i]);
}
