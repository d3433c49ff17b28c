/* Listeners: bind every configured address (TCP or unix socket), report the bound
 * addresses (port 0 becomes the real port) in the log and the ready file, and accept
 * connections into the caller's handle. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "serve.h"

static const char *kind_name(int k) {
  return k == DS__L_INGEST ? "ingest" : k == DS__L_PUBLISH ? "publish" : "metrics";
}

static void on_connection(uv_stream_t *server, int status) {
  ds__listener *l = server->data;
  if (status < 0) {
    ds__log(DS__LOG_WARN, "%s: accept failed: %s", kind_name(l->kind), uv_strerror(status));
    return;
  }
  if (l->kind == DS__L_INGEST) ds__ingest_accept(l);
  else if (l->kind == DS__L_PUBLISH) ds__sub_accept(l);
  else ds__http_accept(l);
}

/* Resolve a TCP host (numeric or a name: start-up only, before the loop runs). */
static int resolve(uv_loop_t *loop, const ds_addr *a, struct sockaddr_storage *ss) {
  uv_getaddrinfo_t req;
  struct addrinfo hints;
  char port[8];
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  snprintf(port, sizeof port, "%u", a->port);
  int rc = uv_getaddrinfo(loop, &req, NULL, a->host, port, &hints); /* synchronous */
  if (rc < 0) return rc;
  memcpy(ss, req.addrinfo->ai_addr, req.addrinfo->ai_addrlen);
  uv_freeaddrinfo(req.addrinfo);
  return 0;
}

static int listen_one(ds__srv *s, const ds_addr *a, int kind) {
  ds__listener *l = &s->listeners[s->nlisteners];
  char name[400];
  int rc;
  ds_addr_format(a, name, sizeof name);
  memset(l, 0, sizeof *l);
  l->srv = s;
  l->kind = kind;
  l->addr = *a;
  if (a->kind == DS_ADDR_TCP) {
    struct sockaddr_storage ss;
    if ((rc = resolve(s->loop, a, &ss)) < 0) {
      ds__log(DS__LOG_ERROR, "%s %s: cannot resolve: %s", kind_name(kind), name, uv_strerror(rc));
      return -1;
    }
    uv_tcp_init(s->loop, &l->h.tcp);
    l->open = 1;
    s->nlisteners++;
    rc = uv_tcp_bind(&l->h.tcp, (struct sockaddr *)&ss, 0);
    if (rc == 0) {
      struct sockaddr_storage bound;
      int len = sizeof bound;
      uv_tcp_getsockname(&l->h.tcp, (struct sockaddr *)&bound, &len);
      l->addr.port = ntohs(bound.ss_family == AF_INET6
                               ? ((struct sockaddr_in6 *)&bound)->sin6_port
                               : ((struct sockaddr_in *)&bound)->sin_port);
    }
  } else {
    struct stat st;
    /* a socket file left by a previous run would make bind fail; anything else stays */
    if (lstat(a->path, &st) == 0 && S_ISSOCK(st.st_mode)) unlink(a->path);
    uv_pipe_init(s->loop, &l->h.pipe, 0);
    l->open = 1;
    s->nlisteners++;
    rc = uv_pipe_bind(&l->h.pipe, a->path);
  }
  l->h.handle.data = l;
  if (rc == 0) rc = uv_listen(&l->h.stream, 128, on_connection);
  if (rc < 0) {
    ds__log(DS__LOG_ERROR, "%s %s: cannot listen: %s", kind_name(kind), name, uv_strerror(rc));
    return -1;
  }
  ds_addr_format(&l->addr, name, sizeof name);
  ds__log(DS__LOG_INFO, "%s listening on %s", kind_name(kind), name);
  return 0;
}

static int write_ready_file(ds__srv *s) {
  char tmp[600], name[400];
  snprintf(tmp, sizeof tmp, "%s.tmp", s->cfg.ready_file);
  FILE *f = fopen(tmp, "w");
  if (!f) {
    ds__log(DS__LOG_ERROR, "ready file %s: cannot write", tmp);
    return -1;
  }
  for (int i = 0; i < s->nlisteners; i++) {
    ds_addr_format(&s->listeners[i].addr, name, sizeof name);
    fprintf(f, "%s %s\n", kind_name(s->listeners[i].kind), name);
  }
  fprintf(f, "pid %ld\n", (long)getpid());
  if (fclose(f) != 0 || rename(tmp, s->cfg.ready_file) != 0) {
    ds__log(DS__LOG_ERROR, "ready file %s: cannot write", s->cfg.ready_file);
    return -1;
  }
  return 0;
}

int ds__listen_all(ds__srv *s) {
  for (int i = 0; i < s->cfg.ningest; i++)
    if (listen_one(s, &s->cfg.ingest[i], DS__L_INGEST) < 0) return -1;
  for (int i = 0; i < s->cfg.npublish; i++)
    if (listen_one(s, &s->cfg.publish[i], DS__L_PUBLISH) < 0) return -1;
  if (s->cfg.metrics_on && listen_one(s, &s->cfg.metrics, DS__L_METRICS) < 0) return -1;
  if (s->cfg.ready_file[0] && write_ready_file(s) < 0) return -1;
  return 0;
}

static void on_listener_closed(uv_handle_t *h) {
  ds__listener *l = h->data;
  if (l->addr.kind == DS_ADDR_UNIX) unlink(l->addr.path);
}

void ds__listeners_close(ds__srv *s) {
  for (int i = 0; i < s->nlisteners; i++) {
    ds__listener *l = &s->listeners[i];
    if (l->open && !uv_is_closing(&l->h.handle)) {
      l->h.handle.data = l;
      uv_close(&l->h.handle, on_listener_closed);
    }
    l->open = 0;
  }
}

int ds__accept(ds__listener *l, ds__stream *h) {
  int rc;
  if (l->addr.kind == DS_ADDR_TCP) {
    uv_tcp_init(l->srv->loop, &h->tcp);
    uv_tcp_nodelay(&h->tcp, 1);
  } else {
    uv_pipe_init(l->srv->loop, &h->pipe, 0);
  }
  rc = uv_accept(&l->h.stream, &h->stream);
  return rc;
}

void ds__peer_name(ds__stream *h, int unix_kind, char *out, size_t cap) {
  struct sockaddr_storage ss;
  int len = sizeof ss;
  char ip[INET6_ADDRSTRLEN] = "?";
  if (unix_kind) {
    snprintf(out, cap, "unix");
    return;
  }
  if (uv_tcp_getpeername(&h->tcp, (struct sockaddr *)&ss, &len) < 0) {
    snprintf(out, cap, "?");
    return;
  }
  if (ss.ss_family == AF_INET6) {
    struct sockaddr_in6 *a = (struct sockaddr_in6 *)&ss;
    uv_ip6_name(a, ip, sizeof ip);
    snprintf(out, cap, "[%s]:%u", ip, ntohs(a->sin6_port));
  } else {
    struct sockaddr_in *a = (struct sockaddr_in *)&ss;
    uv_ip4_name(a, ip, sizeof ip);
    snprintf(out, cap, "%s:%u", ip, ntohs(a->sin_port));
  }
}
