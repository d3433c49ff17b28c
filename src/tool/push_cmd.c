/* dealstream push: the gateway side. Streams each FILE to a serve ingest address on a
 * connection of its own (compressed files as they are, plain ones gzip-compressed on
 * the fly), half-closes at the end and prints every ack the server sends. When the
 * connection drops before the final ack, it reconnects and resumes after the last
 * acked article: the ack's resume_at is the decoded byte offset where the unprocessed
 * part of the stream begins, so the file is decoded, that many bytes skipped, and the
 * rest sent gzip-compressed. The server keeps no state for this. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "dealstream/client.h"
#include "dealstream/decode.h"
#include "dealstream/json.h"
#include "dealstream/mpread.h"
#include "tool.h"

enum { IOBUF = 64 * 1024 };

typedef struct push_opts {
  ds_addr to;
  int retries;         /* reconnects allowed per file */
  size_t chunk;        /* largest write */
  unsigned seed;       /* != 0: random chunk sizes from this seed (tests) */
  uint64_t cut_after;  /* != 0: drop the first connection after this many bytes (tests) */
  long pace_ms;        /* pause after each write (a slow gateway; tests) */
  int quiet;
} push_opts;

/* ---- the bytes to send: the file as it is, or decoded from an offset and gzipped ---- */

typedef struct source {
  FILE *f;
  int transcode;
  uint64_t skip;       /* decoded bytes still to skip */
  int eof;             /* the file is read to its end */
  int zdone;           /* the deflate stream is finished */
  ds_decoder *dec;
  z_stream z;
  int zinit;
  unsigned char in[IOBUF], dbuf[IOBUF];
  size_t in_pos, in_len;
} source;

static int is_compressed(FILE *f) {
  unsigned char h[2];
  size_t n = fread(h, 1, 2, f);
  rewind(f);
  if (n < 2) return 0;
  if (h[0] == 0x1f && h[1] == 0x8b) return 1;
  return (h[0] & 0x0f) == 8 && ((unsigned)h[0] << 8 | h[1]) % 31 == 0;
}

static int source_open(source *s, const char *path, uint64_t from, char *err, size_t cap) {
  s->f = fopen(path, "rb");
  if (!s->f) {
    snprintf(err, cap, "cannot open: %s", strerror(errno));
    return -1;
  }
  s->eof = s->zdone = 0;
  s->in_pos = s->in_len = 0;
  s->skip = from;
  s->transcode = from > 0 || !is_compressed(s->f);
  if (!s->transcode) return 0;
  ds_decode_opts o;
  ds_decode_opts_default(&o);
  o.max_output = 0; /* our own file: no bomb guard */
  o.max_ratio = 0;
  ds_decode_init(s->dec, &o);
  memset(&s->z, 0, sizeof s->z);
  if (deflateInit2(&s->z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    snprintf(err, cap, "cannot start gzip");
    return -1;
  }
  s->zinit = 1;
  return 0;
}

static void source_close(source *s) {
  if (s->f) fclose(s->f);
  s->f = NULL;
  if (s->zinit) deflateEnd(&s->z);
  s->zinit = 0;
}

/* Fill out[0..cap) with the next bytes to send. Returns the count, 0 at the end, -1 on
 * a read or decode error (err says which). */
static long source_read(source *s, unsigned char *out, size_t cap, char *err, size_t ecap) {
  if (!s->transcode) {
    size_t n = fread(out, 1, cap, s->f);
    if (n == 0 && ferror(s->f)) {
      snprintf(err, ecap, "read error: %s", strerror(errno));
      return -1;
    }
    return (long)n;
  }
  s->z.next_out = out;
  s->z.avail_out = (uInt)cap;
  while (s->z.avail_out > 0 && !s->zdone) {
    if (s->z.avail_in == 0 && !s->eof) {
      /* decode more of the file into dbuf, dropping what is to be skipped */
      if (s->in_pos == s->in_len) {
        s->in_len = fread(s->in, 1, sizeof s->in, s->f);
        s->in_pos = 0;
        if (s->in_len == 0) {
          if (ferror(s->f)) {
            snprintf(err, ecap, "read error: %s", strerror(errno));
            return -1;
          }
          if (ds_decode_finish(s->dec) < 0) {
            snprintf(err, ecap, "byte %llu (compressed): %s",
                     (unsigned long long)s->dec->err.offset, ds_strerror(s->dec->err.code));
            return -1;
          }
          s->eof = 1;
          continue;
        }
      }
      size_t used = 0, got = 0;
      int rc = ds_decode(s->dec, s->in + s->in_pos, s->in_len - s->in_pos, &used, s->dbuf,
                         sizeof s->dbuf, &got);
      s->in_pos += used;
      if (rc < 0) {
        snprintf(err, ecap, "byte %llu (compressed): %s", (unsigned long long)s->dec->err.offset,
                 ds_strerror(rc));
        return -1;
      }
      size_t k = s->skip < got ? (size_t)s->skip : got;
      s->skip -= k;
      s->z.next_in = s->dbuf + k;
      s->z.avail_in = (uInt)(got - k);
      continue;
    }
    int zr = deflate(&s->z, s->eof && s->z.avail_in == 0 ? Z_FINISH : Z_NO_FLUSH);
    if (zr == Z_STREAM_END) s->zdone = 1;
    else if (zr != Z_OK && zr != Z_BUF_ERROR) {
      snprintf(err, ecap, "gzip failed");
      return -1;
    }
  }
  return (long)(cap - s->z.avail_out);
}

/* ---- one file ---- */

typedef struct progress {
  uint64_t base;        /* decoded offset this connection's stream starts at */
  uint64_t acked_at;    /* decoded offset after the last acked article (absolute) */
  uint64_t articles;    /* articles acked on earlier connections */
  uint64_t conn_articles;
  uint64_t events, conn_events;
  char last_id[128];
  int final, failed, shutdown;
} progress;

/* Handle one message from the server. */
static void on_message(const char *name, const unsigned char *mp, size_t len, progress *p,
                       const push_opts *o) {
  static char json[4096];
  ds_mpr r;
  uint32_t n;
  const char *type = "", *s;
  size_t tl = 0, sl;
  uint64_t resume = 0, articles = 0, events = 0;
  int has_resume = 0, final = 0, shutdown = 0;
  char last_id[128] = "";
  ds_mpr_init(&r, mp, len);
  if (ds_mpr_map(&r, &n) < 0) return;
  for (uint32_t i = 0; i < n; i++) {
    const char *k;
    size_t kl;
    if (ds_mpr_str(&r, &k, &kl) < 0) return;
    if (ds_mpr_eq(k, kl, "type") && ds_mpr_str(&r, &type, &tl) == 0) continue;
    if (ds_mpr_eq(k, kl, "resume_at") && ds_mpr_uint(&r, &resume) == 0) {
      has_resume = 1;
      continue;
    }
    if (ds_mpr_eq(k, kl, "articles") && ds_mpr_uint(&r, &articles) == 0) continue;
    if (ds_mpr_eq(k, kl, "events") && ds_mpr_uint(&r, &events) == 0) continue;
    if (ds_mpr_eq(k, kl, "final") && ds_mpr_bool(&r, &final) == 0) continue;
    if (ds_mpr_eq(k, kl, "shutdown") && ds_mpr_bool(&r, &shutdown) == 0) continue;
    if (ds_mpr_eq(k, kl, "last_id") && ds_mpr_str(&r, &s, &sl) == 0) {
      snprintf(last_id, sizeof last_id, "%.*s", (int)(sl < 100 ? sl : 100), s);
      continue;
    }
    if (ds_mpr_skip(&r) < 0) return;
  }
  if (!o->quiet) {
    int jl = ds_msgpack_to_json(mp, len, json, sizeof json);
    if (jl > 0) printf("%s\t%s\n", name, json);
    fflush(stdout);
  }
  if (ds_mpr_eq(type, tl, "ack")) {
    if (has_resume && articles > 0) {
      p->acked_at = p->base + resume;
      snprintf(p->last_id, sizeof p->last_id, "%s", last_id);
    }
    p->conn_articles = articles;
    p->conn_events = events;
    if (final) p->final = 1;
    if (shutdown) p->shutdown = 1;
  } else if (ds_mpr_eq(type, tl, "error")) {
    char code[32] = "", msg[160] = "";
    uint64_t off = 0;
    ds_mpr_init(&r, mp, len);
    ds_mpr_map(&r, &n);
    for (uint32_t i = 0; i < n; i++) {
      const char *k;
      size_t kl;
      if (ds_mpr_str(&r, &k, &kl) < 0) break;
      if (ds_mpr_eq(k, kl, "code") && ds_mpr_str(&r, &s, &sl) == 0)
        snprintf(code, sizeof code, "%.*s", (int)(sl < 30 ? sl : 30), s);
      else if (ds_mpr_eq(k, kl, "message") && ds_mpr_str(&r, &s, &sl) == 0)
        snprintf(msg, sizeof msg, "%.*s", (int)(sl < 150 ? sl : 150), s);
      else if (ds_mpr_eq(k, kl, "offset") && ds_mpr_uint(&r, &off) == 0) {
      } else if (ds_mpr_skip(&r) < 0) break;
    }
    fprintf(stderr, "dealstream push: %s: server error %s: %s (byte %llu of this connection's "
            "stream; %llu articles processed before it)\n",
            name, code, msg, (unsigned long long)off, (unsigned long long)articles);
    p->failed = 1;
    p->conn_articles = articles;
    p->conn_events = events;
  }
}

static int set_nonblock(int fd) {
  int fl = fcntl(fd, F_GETFL);
  return fl < 0 ? -1 : fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

/* One connection's worth: returns 0 when the stream ended (final ack or error map), 1
 * when the connection dropped before (retry), -1 on a local problem. */
static int push_once(const char *name, source *src, progress *p, const push_opts *o, int attempt,
                     unsigned *rng) {
  char err[512];
  static unsigned char out[IOBUF], in[8192];
  size_t out_pos = 0, out_len = 0, in_len = 0;
  uint64_t sent = 0;
  int src_done = 0, wr_closed = 0;
  int fd = ds_addr_connect(&o->to, err, sizeof err);
  if (fd < 0) {
    fprintf(stderr, "dealstream push: %s\n", err);
    return 1;
  }
  set_nonblock(fd);
  p->conn_articles = p->conn_events = 0;
  p->shutdown = 0;
  for (;;) {
    if (out_pos == out_len && !src_done) {
      long n = source_read(src, out, sizeof out, err, sizeof err);
      if (n < 0) {
        fprintf(stderr, "dealstream push: %s: %s\n", name, err);
        close(fd);
        return -1;
      }
      out_pos = 0;
      out_len = (size_t)n;
      if (n == 0) src_done = 1;
    }
    if (src_done && out_pos == out_len && !wr_closed) {
      shutdown(fd, SHUT_WR); /* end of stream: the server answers with the final ack */
      wr_closed = 1;
    }
    struct pollfd pf = {fd, (short)(POLLIN | (out_pos < out_len ? POLLOUT : 0)), 0};
    if (poll(&pf, 1, -1) < 0) {
      if (errno == EINTR) continue;
      close(fd);
      return -1;
    }
    if (pf.revents & (POLLIN | POLLHUP | POLLERR)) {
      ssize_t k = recv(fd, in + in_len, sizeof in - in_len, 0);
      if (k < 0 && (errno == EAGAIN || errno == EINTR)) continue;
      if (k <= 0) {
        close(fd);
        if (p->final || p->failed) return 0;
        fprintf(stderr, "dealstream push: %s: connection %s%s after %llu acked articles\n", name,
                k < 0 ? "failed: " : "closed by the server", k < 0 ? strerror(errno) : "",
                (unsigned long long)(p->articles + p->conn_articles));
        return 1;
      }
      in_len += (size_t)k;
      size_t at = 0, len;
      while (ds_msgpack_next(in + at, in_len - at, &len) == 0) {
        on_message(name, in + at, len, p, o);
        at += len;
      }
      memmove(in, in + at, in_len - at);
      in_len -= at;
      if (in_len == sizeof in) { /* no ack is this large */
        close(fd);
        return -1;
      }
      if (p->failed || p->final) {
        close(fd);
        return 0;
      }
      if (p->shutdown) { /* the server is draining: go elsewhere or later */
        close(fd);
        fprintf(stderr, "dealstream push: %s: server shutting down after %llu acked articles\n",
                name, (unsigned long long)(p->articles + p->conn_articles));
        return 1;
      }
    }
    if (out_pos < out_len && (pf.revents & POLLOUT)) {
      size_t n = out_len - out_pos;
      if (o->chunk && n > o->chunk) n = o->chunk;
      if (o->seed) n = 1 + (size_t)(rand_r(rng) % (unsigned)(n < 9000 ? n : 9000));
      if (o->cut_after && attempt == 0 && sent + n > o->cut_after) n = (size_t)(o->cut_after - sent);
      ssize_t k = n ? send(fd, out + out_pos, n, MSG_NOSIGNAL) : 0;
      if (k < 0 && (errno == EAGAIN || errno == EINTR)) continue;
      if (k < 0) {
        /* the server may have sent an error map before closing: read it first */
        continue;
      }
      out_pos += (size_t)k;
      sent += (size_t)k;
      if (o->pace_ms) {
        struct timespec ts = {o->pace_ms / 1000, (o->pace_ms % 1000) * 1000000L};
        nanosleep(&ts, NULL);
      }
      if (o->cut_after && attempt == 0 && sent >= o->cut_after) {
        fprintf(stderr, "dealstream push: %s: dropping the connection after %llu bytes (--cut-after)\n",
                name, (unsigned long long)sent);
        struct linger lg = {1, 0};
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg); /* a reset, as a crash would */
        close(fd);
        return 1;
      }
    }
  }
}

static int push_file(const char *path, const push_opts *o, source *src) {
  progress p;
  char err[256];
  unsigned rng = o->seed;
  memset(&p, 0, sizeof p);
  for (int attempt = 0;; attempt++) {
    p.base = p.acked_at;
    if (source_open(src, path, p.base, err, sizeof err) < 0) {
      fprintf(stderr, "dealstream push: %s: %s\n", path, err);
      return -1;
    }
    if (attempt > 0)
      fprintf(stderr, "dealstream push: %s: resuming after article '%s' (decoded byte %llu), try %d\n",
              path, p.last_id, (unsigned long long)p.base, attempt + 1);
    int rc = push_once(path, src, &p, o, attempt, &rng);
    source_close(src);
    p.articles += p.conn_articles;
    p.events += p.conn_events;
    if (rc <= 0) {
      if (rc == 0 && !p.failed)
        fprintf(stderr, "dealstream push: %s: done: %llu articles, %llu events%s\n", path,
                (unsigned long long)p.articles, (unsigned long long)p.events,
                attempt ? " (resumed)" : "");
      return rc == 0 && !p.failed ? 0 : -1;
    }
    if (attempt >= o->retries) {
      fprintf(stderr, "dealstream push: %s: giving up after %d tries; acked up to article '%s'\n",
              path, attempt + 1, p.last_id);
      return -1;
    }
    /* back off: 100 ms, doubling, at most 2 s */
    long ms = 100L << (attempt < 4 ? attempt : 4);
    if (ms > 2000) ms = 2000;
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
    p.conn_articles = p.conn_events = 0;
  }
}

static void push_usage(FILE *f) {
  fputs("usage: dealstream push --to ADDR [options] FILE...\n"
        "\n"
        "Streams each FILE (gzip, zlib or plain; plain ones are gzipped on the fly) to a\n"
        "'dealstream serve' ingest address, one connection per file, and prints each ack as\n"
        "'FILE<TAB>{json}' on stdout. A dropped connection is retried, resuming after the\n"
        "last acked article.\n"
        "\n"
        "options:\n"
        "  --to ADDR          tcp://HOST:PORT or unix:PATH (required)\n"
        "  --retries N        reconnects per file (default 5)\n"
        "  --chunk BYTES      largest single write (default 65536)\n"
        "  --random-chunks SEED  write random chunk sizes (1..9000 bytes; for tests)\n"
        "  --cut-after BYTES  drop the first connection after BYTES (for tests of resume)\n"
        "  --pace-ms N        pause N ms after each write (a slow gateway)\n"
        "  --quiet            do not print acks\n"
        "\n"
        "exit status: 0 every file was fully acked, 1 some file failed, 2 usage error.\n",
        f);
}

int ds_cmd_push(int argc, char **argv) {
  push_opts o;
  const char *to = NULL;
  int nfiles = 0, bad = 0;
  memset(&o, 0, sizeof o);
  o.retries = 5;
  o.chunk = IOBUF;
  char **files = calloc((size_t)argc + 1, sizeof *files);
  if (!files) return DS_EXIT_USAGE;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    unsigned long long v = 0;
    int has_value = i + 1 < argc;
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      push_usage(stdout);
      free(files);
      return DS_EXIT_OK;
    } else if (strcmp(a, "--quiet") == 0) {
      o.quiet = 1;
      continue;
    } else if (a[0] != '-' || a[1] == 0) {
      files[nfiles++] = argv[i];
      continue;
    }
    if (!has_value) {
      fprintf(stderr, "dealstream push: %s needs a value\n", a);
      free(files);
      return DS_EXIT_USAGE;
    }
    const char *val = argv[++i];
    int numeric = strcmp(a, "--to") != 0;
    char *end = NULL;
    if (numeric) {
      errno = 0;
      v = strtoull(val, &end, 10);
      if (errno || end == val || *end || val[0] == '-') goto bad_value;
    }
    if (strcmp(a, "--to") == 0) to = val;
    else if (strcmp(a, "--retries") == 0 && v <= 1000) o.retries = (int)v;
    else if (strcmp(a, "--chunk") == 0 && v >= 1) o.chunk = (size_t)v;
    else if (strcmp(a, "--random-chunks") == 0 && v >= 1 && v <= 0xffffffffu) o.seed = (unsigned)v;
    else if (strcmp(a, "--cut-after") == 0 && v >= 1) o.cut_after = v;
    else if (strcmp(a, "--pace-ms") == 0 && v <= 60000) o.pace_ms = (long)v;
    else if (strcmp(a, "--retries") == 0 || strcmp(a, "--chunk") == 0 ||
             strcmp(a, "--random-chunks") == 0 || strcmp(a, "--cut-after") == 0 ||
             strcmp(a, "--pace-ms") == 0)
      goto bad_value;
    else {
      fprintf(stderr, "dealstream push: unknown option '%s' (see --help)\n", a);
      free(files);
      return DS_EXIT_USAGE;
    }
    continue;
  bad_value:
    fprintf(stderr, "dealstream push: bad value '%s' for %s\n", val, a);
    free(files);
    return DS_EXIT_USAGE;
  }
  if (!to || ds_addr_parse(to, &o.to) < 0 || nfiles == 0) {
    fprintf(stderr, "dealstream push: %s (see --help)\n",
            !to ? "--to ADDR is required" : nfiles ? "--to: not an address (tcp://HOST:PORT or unix:PATH)"
                                                   : "no FILE given");
    free(files);
    return DS_EXIT_USAGE;
  }
  source *src = calloc(1, sizeof *src);
  void *dmem = aligned_alloc(_Alignof(max_align_t), (sizeof(ds_decoder) + _Alignof(max_align_t) - 1) /
                                                        _Alignof(max_align_t) * _Alignof(max_align_t));
  if (!src || !dmem) {
    fprintf(stderr, "dealstream push: out of memory\n");
    free(src);
    free(dmem);
    free(files);
    return DS_EXIT_BADINPUT;
  }
  src->dec = dmem;
  for (int f = 0; f < nfiles; f++)
    if (push_file(files[f], &o, src) < 0) bad = 1;
  free(dmem);
  free(src);
  free(files);
  return bad ? DS_EXIT_BADINPUT : DS_EXIT_OK;
}
