/* The subscribers of a load run: S connections, each subscribed to every event, read
 * by one thread with epoll (the counts are that thread's until it has ended). For each event it counts, notes what the server says was
 * missed (a slow reader's dropped events), and takes the latency of its article. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "bench_util.h"
#include "dealstream/client.h"
#include "dealstream/json.h"
#include "load.h"

static void sample(ds_load_subs *s, double v) {
  if (s->nlat == s->lcap) {
    size_t cap = s->lcap ? s->lcap * 2 : 1 << 16;
    double *n = realloc(s->lat_ns, cap * sizeof *n);
    if (!n) return;
    s->lat_ns = n;
    s->lcap = cap;
  }
  s->lat_ns[s->nlat++] = v;
}

static void on_message(ds_load_subs *s, ds_load_sub *u, const unsigned char *mp, size_t len,
                       uint64_t now) {
  ds_client_msg m;
  if (ds_client_decode(mp, len, &m) < 0) return;
  if (m.kind == DS_MSG_SUBSCRIBED) {
    u->subscribed = 1;
    atomic_fetch_add(&s->nsubscribed, 1);
    return;
  }
  if (m.kind == DS_MSG_ERROR) {
    if (!atomic_load(&s->refused))
      snprintf(s->err, sizeof s->err, "subscriber refused: %.*s", (int)m.message.n, m.message.p);
    atomic_store(&s->refused, 1);
    return;
  }
  if (m.kind != DS_MSG_EVENT) return;
  u->events++;
  u->missed += m.missed;
  s->last_ns = now;
  /* the article's index from its id "L<i>" */
  const char *p = m.ev.article_id.p;
  size_t n = m.ev.article_id.n;
  uint64_t i = 0;
  if (n < 2 || p[0] != 'L') {
    s->bad_ids++;
    return;
  }
  for (size_t k = 1; k < n; k++) {
    if (p[k] < '0' || p[k] > '9') {
      s->bad_ids++;
      return;
    }
    i = i * 10 + (uint64_t)(p[k] - '0');
  }
  uint64_t t0 = atomic_load(&s->t0);
  if (s->ns_per_article > 0 && t0 && i >= s->warm_articles)
    sample(s, (double)now - ((double)t0 + (double)i * s->ns_per_article));
}

static void read_sub(ds_load_subs *s, ds_load_sub *u) {
  for (;;) {
    ssize_t k = recv(u->fd, u->buf + u->len, sizeof u->buf - u->len, MSG_DONTWAIT);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
    if (k <= 0) {
      u->closed = 1;
      epoll_ctl(s->epfd, EPOLL_CTL_DEL, u->fd, NULL);
      return;
    }
    /* one time for what this read brought: when it reached this reader */
    uint64_t now = ds_bench_now_ns();
    u->len += (size_t)k;
    size_t at = 0, ml;
    while (ds_msgpack_next(u->buf + at, u->len - at, &ml) == 0) {
      on_message(s, u, u->buf + at, ml, now);
      at += ml;
    }
    memmove(u->buf, u->buf + at, u->len - at);
    u->len -= at;
    if (u->len == sizeof u->buf) { /* no message is this large: a broken stream */
      u->closed = 1;
      epoll_ctl(s->epfd, EPOLL_CTL_DEL, u->fd, NULL);
      return;
    }
  }
}

static int all_done(ds_load_subs *s) {
  uint64_t want = atomic_load(&s->expected);
  if (want == UINT64_MAX) return 0;
  for (int i = 0; i < s->n; i++)
    if (!s->sub[i].closed && s->sub[i].events + s->sub[i].missed < want) return 0;
  return 1;
}

static void *thread(void *arg) {
  ds_load_subs *s = arg;
  struct epoll_event ev[64];
  while (!atomic_load(&s->stop) && !all_done(s)) {
    int n = epoll_wait(s->epfd, ev, 64, 20);
    for (int i = 0; i < n; i++) read_sub(s, &s->sub[ev[i].data.u32]);
  }
  atomic_store(&s->done, 1);
  return NULL;
}

int ds_load_subs_start(ds_load_subs *s, const char *addr, int n) {
  ds_addr a;
  char err[256];
  unsigned char rq[256];
  memset(s, 0, sizeof s[0]);
  atomic_init(&s->nsubscribed, 0);
  atomic_init(&s->stop, 0);
  atomic_init(&s->done, 0);
  atomic_init(&s->refused, 0);
  atomic_init(&s->expected, UINT64_MAX);
  atomic_init(&s->t0, 0);
  s->n = n;
  s->sub = calloc((size_t)n, sizeof *s->sub);
  s->epfd = epoll_create1(0);
  if (!s->sub || s->epfd < 0 || ds_addr_parse(addr, &a) < 0) {
    snprintf(s->err, sizeof s->err, "cannot set up subscribers");
    return -1;
  }
  ds_sub_request r;
  memset(&r, 0, sizeof r);
  int64_t rl = ds_sub_request_encode(&r, rq, sizeof rq);
  for (int i = 0; i < n; i++) s->sub[i].fd = -1;
  for (int i = 0; i < n; i++) {
    ds_load_sub *u = &s->sub[i];
    u->fd = ds_addr_connect(&a, err, sizeof err);
    if (u->fd < 0 || rl <= 0 || send(u->fd, rq, (size_t)rl, MSG_NOSIGNAL) != rl) {
      snprintf(s->err, sizeof s->err, "subscriber %d: %.200s", i, u->fd < 0 ? err : "cannot subscribe");
      return -1;
    }
    struct epoll_event e = {.events = EPOLLIN, .data.u32 = (uint32_t)i};
    epoll_ctl(s->epfd, EPOLL_CTL_ADD, u->fd, &e);
  }
  if (pthread_create(&s->th, NULL, thread, s) != 0) {
    snprintf(s->err, sizeof s->err, "cannot start the subscriber thread");
    return -1;
  }
  s->started = 1;
  for (int i = 0; i < 1000 && atomic_load(&s->nsubscribed) < n && !atomic_load(&s->refused); i++) {
    struct timespec ts = {0, 10000000};
    nanosleep(&ts, NULL);
  }
  if (atomic_load(&s->nsubscribed) < n) {
    if (!atomic_load(&s->refused))
      snprintf(s->err, sizeof s->err, "%d of %d subscribers subscribed", atomic_load(&s->nsubscribed), n);
    return -1;
  }
  return 0;
}

void ds_load_subs_finish(ds_load_subs *s, uint64_t expected, uint64_t deadline_ns) {
  atomic_store(&s->expected, expected);
  if (s->started) {
    while (!atomic_load(&s->done) && ds_bench_now_ns() < deadline_ns) {
      struct timespec ts = {0, 5000000};
      nanosleep(&ts, NULL);
    }
    atomic_store(&s->stop, 1);
    pthread_join(s->th, NULL);
    s->started = 0;
  }
  for (int i = 0; i < s->n; i++)
    if (s->sub[i].fd >= 0) {
      close(s->sub[i].fd);
      s->sub[i].fd = -1;
    }
}

void ds_load_subs_free(ds_load_subs *s) {
  if (s->started) ds_load_subs_finish(s, 0, 0);
  for (int i = 0; s->sub && i < s->n; i++)
    if (s->sub[i].fd >= 0) close(s->sub[i].fd);
  if (s->epfd >= 0) close(s->epfd);
  free(s->sub);
  free(s->lat_ns);
  memset(s, 0, sizeof s[0]);
  s->epfd = -1;
}
