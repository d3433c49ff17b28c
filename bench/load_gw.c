/* The gateways of a load run: K connections to the ingest address, driven by the
 * calling thread with non-blocking sends and ppoll. Article i (over all gateways)
 * belongs to gateway i % K and is due at t0 + i / rate; its bytes were compressed
 * beforehand (load_corpus.c), so a send is a copy into the socket. Each gateway reads
 * its acks as they come and half-closes after its last article; the run ends when
 * every gateway has its final ack. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "bench_util.h"
#include "dealstream/client.h"
#include "dealstream/json.h"
#include "dealstream/mpread.h"
#include "load.h"

typedef struct gw {
  int fd;
  size_t count;    /* articles this gateway sends */
  size_t due;      /* articles due so far */
  size_t sent;     /* bytes sent (stream, then tail) */
  size_t total;    /* stream bytes up to its last article + the 10-byte tail */
  size_t late_from; /* first due article not wholly sent yet */
  unsigned char tail[10];
  int wr_closed, final, failed;
  uint64_t articles, events, errors;
  size_t in_len;
  unsigned char in[4096];
} gw;

static void on_ack(gw *w, const unsigned char *mp, size_t len) {
  ds_mpr r;
  uint32_t n;
  const char *type = "";
  size_t tl = 0;
  uint64_t v;
  int b, final = 0;
  ds_mpr_init(&r, mp, len);
  if (ds_mpr_map(&r, &n) < 0) return;
  for (uint32_t i = 0; i < n; i++) {
    const char *k;
    size_t kl;
    if (ds_mpr_str(&r, &k, &kl) < 0) return;
    if (ds_mpr_eq(k, kl, "type") && ds_mpr_str(&r, &type, &tl) == 0) continue;
    if (ds_mpr_eq(k, kl, "articles") && ds_mpr_uint(&r, &v) == 0) {
      w->articles = v;
      continue;
    }
    if (ds_mpr_eq(k, kl, "events") && ds_mpr_uint(&r, &v) == 0) {
      w->events = v;
      continue;
    }
    if (ds_mpr_eq(k, kl, "errors") && ds_mpr_uint(&r, &v) == 0) {
      w->errors = v;
      continue;
    }
    if (ds_mpr_eq(k, kl, "final") && ds_mpr_bool(&r, &b) == 0) {
      final = b;
      continue;
    }
    if (ds_mpr_skip(&r) < 0) return;
  }
  if (ds_mpr_eq(type, tl, "error")) w->failed = 1;
  else if (final) w->final = 1;
}

/* Bytes of the stream up to the end of this gateway's first `due` articles (with the
 * tail once the last is due). */
static size_t due_bytes(const gw *w, const ds_load_stream *st) {
  if (w->due == 0) return 0;
  return w->due == w->count ? w->total : st->end[w->due - 1];
}

int ds_load_gws_run(ds_load_gws *g, const char *addr, ds_load_subs *subs,
                    uint64_t deadline_ns) {
  ds_addr a;
  char err[256];
  unsigned k = g->k;
  gw *w = calloc(k, sizeof *w);
  struct pollfd *pf = calloc(k, sizeof *pf);
  int rc = -1;
  g->articles = g->events = g->errors = g->dbytes = 0;
  g->finals = g->failed = 0;
  g->max_lag_ns = 0;
  g->err[0] = 0;
  if (!w || !pf || ds_addr_parse(addr, &a) < 0) {
    snprintf(g->err, sizeof g->err, "cannot set up gateways");
    goto out;
  }
  for (unsigned i = 0; i < k; i++) w[i].fd = -1;
  for (unsigned i = 0; i < k; i++) {
    w[i].count = g->total / k + (i < g->total % k);
    if (w[i].count > g->streams[i].n) {
      snprintf(g->err, sizeof g->err, "gateway %u: stream holds %zu articles, %zu wanted", i,
               g->streams[i].n, w[i].count);
      goto out;
    }
    if (w[i].count > 0) {
      ds_load_stream_tail(&g->streams[i], w[i].count - 1, w[i].tail);
      w[i].total = g->streams[i].end[w[i].count - 1] + sizeof w[i].tail;
      g->dbytes += g->streams[i].dbytes[w[i].count - 1];
    }
    w[i].fd = ds_addr_connect(&a, err, sizeof err);
    if (w[i].fd < 0) {
      snprintf(g->err, sizeof g->err, "gateway %u: %.200s", i, err);
      goto out;
    }
    fcntl(w[i].fd, F_SETFL, fcntl(w[i].fd, F_GETFL) | O_NONBLOCK);
    /* a gateway forwards each article as it comes: without this, Nagle's algorithm holds
     * an article's last segment until the server's delayed ACK (up to 40 ms) */
    int one = 1;
    setsockopt(w[i].fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  }

  double ns_per = g->rate > 0 ? 1e9 / g->rate : 0;
  size_t next = 0; /* the next article (over all) to become due */
  g->t0 = ds_bench_now_ns();
  if (subs) atomic_store(&subs->t0, g->t0);
  for (;;) {
    uint64_t now = ds_bench_now_ns();
    if (now > deadline_ns) {
      snprintf(g->err, sizeof g->err, "deadline passed with %d of %u final acks", g->finals, k);
      break;
    }
    while (next < g->total && (ns_per == 0 || (double)g->t0 + (double)next * ns_per <= (double)now)) {
      w[next % k].due++;
      next++;
    }
    int open = 0;
    for (unsigned i = 0; i < k; i++) {
      gw *x = &w[i];
      const ds_load_stream *st = &g->streams[i];
      size_t want = due_bytes(x, st);
      while (x->sent < want) {
        const unsigned char *p;
        size_t n;
        size_t body = x->total - sizeof x->tail;
        if (x->sent < body) {
          p = st->bytes + x->sent;
          n = (want < body ? want : body) - x->sent;
        } else {
          p = x->tail + (x->sent - body);
          n = want - x->sent;
        }
        ssize_t s = send(x->fd, p, n, MSG_NOSIGNAL);
        if (s < 0 && errno == EINTR) continue;
        if (s <= 0) break; /* EAGAIN: the socket is full; an error shows on the read */
        x->sent += (size_t)s;
      }
      /* how late the articles now wholly sent went out */
      while (x->late_from < x->due && st->end[x->late_from] <= x->sent) {
        if (ns_per > 0) {
          double lag = (double)now - ((double)g->t0 + (double)(x->late_from * k + i) * ns_per);
          if (lag > g->max_lag_ns) g->max_lag_ns = lag;
        }
        x->late_from++;
      }
      if (x->due == x->count && x->sent == x->total && !x->wr_closed) {
        shutdown(x->fd, SHUT_WR); /* end of stream: the server sends the final ack */
        x->wr_closed = 1;
      }
      pf[i].fd = x->final || x->failed ? -1 : x->fd;
      pf[i].events = (short)(POLLIN | (x->sent < want ? POLLOUT : 0));
      pf[i].revents = 0;
      open += pf[i].fd >= 0;
    }
    if (!open) break;
    /* sleep until the next article is due, or a socket wants us */
    struct timespec ts = {0, 100 * 1000000L}, *tp = &ts;
    if (ns_per > 0 && next < g->total) {
      double due = (double)g->t0 + (double)next * ns_per - (double)ds_bench_now_ns();
      if (due < 0) due = 0;
      ts.tv_sec = (time_t)(due / 1e9);
      ts.tv_nsec = (long)fmod(due, 1e9);
    }
    if (ppoll(pf, k, tp, NULL) < 0 && errno != EINTR) {
      snprintf(g->err, sizeof g->err, "ppoll: %s", strerror(errno));
      break;
    }
    for (unsigned i = 0; i < k; i++) {
      gw *x = &w[i];
      if (pf[i].fd < 0 || !(pf[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t s = recv(x->fd, x->in + x->in_len, sizeof x->in - x->in_len, 0);
      if (s < 0 && (errno == EAGAIN || errno == EINTR)) continue;
      if (s <= 0) {
        if (!x->final) x->failed = 1;
        continue;
      }
      x->in_len += (size_t)s;
      size_t at = 0, ml;
      while (ds_msgpack_next(x->in + at, x->in_len - at, &ml) == 0) {
        on_ack(x, x->in + at, ml);
        at += ml;
      }
      memmove(x->in, x->in + at, x->in_len - at);
      x->in_len -= at;
      if (x->final) g->t_end = ds_bench_now_ns();
    }
  }
  for (unsigned i = 0; i < k; i++) {
    g->articles += w[i].articles;
    g->events += w[i].events;
    g->errors += w[i].errors;
    g->finals += w[i].final;
    g->failed += w[i].failed;
  }
  if (g->failed && !g->err[0]) snprintf(g->err, sizeof g->err, "%d gateways failed", g->failed);
  rc = g->finals == (int)k ? 0 : -1;
out:
  for (unsigned i = 0; w && i < k; i++)
    if (w[i].fd >= 0) close(w[i].fd);
  free(w);
  free(pf);
  return rc;
}
