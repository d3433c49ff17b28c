/* serve's options: one table for the command line (--NAME VALUE) and the config file
 * (NAME = VALUE), with the defaults printed by --print-config and documented in
 * docs/dealstream.conf.example. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serve.h"

typedef struct opt {
  const char *name;
  const char *def; /* the default, as text */
  const char *help;
} opt;

static const opt opts[] = {
    {"ingest", "tcp://127.0.0.1:7400", "where gateways push article streams (repeatable)"},
    {"publish", "tcp://127.0.0.1:7401", "where subscribers connect (repeatable)"},
    {"metrics", "tcp://127.0.0.1:7402", "HTTP /metrics and /healthz; 'off' for none"},
    {"max-connections", "64", "ingest connections at once; one more is refused with an error map"},
    {"workers", "auto", "threads that run the ingest pipelines (auto: one per CPU, at most 16; 0: the event-loop thread itself)"},
    {"article-max", "262144", "article buffer per ingest connection, bytes (>= 1024)"},
    {"oversize", "skip", "an article longer than article-max: skip or truncate"},
    {"input-format", "auto", "article format: auto, jsonl or text"},
    {"max-output", "4294967296", "decompressed bytes allowed per stream (0: no cap)"},
    {"max-ratio", "100", "decompressed/compressed ratio allowed per stream (0: no cap)"},
    {"ack-every", "100", "ack after this many articles"},
    {"ack-ms", "1000", "... or after this many ms when there is progress"},
    {"max-subscribers", "64", "subscribers at once; one more is refused with an error map"},
    {"queue-bytes", "1048576", "output queue per subscriber, bytes (the most one may ask for)"},
    {"policy", "drop", "full queue, for subscribers that name none: drop or disconnect"},
    {"replay-events", "10000", "replay ring: events kept for from_seq"},
    {"replay-bytes", "16777216", "replay ring: bytes kept for from_seq"},
    {"novelty-entries", "65536", "deal ids remembered for first_seen/mentions"},
    {"drain-ms", "5000", "SIGTERM/SIGINT: longest wait for acks and subscribers to flush"},
    {"linger-ms", "2000", "after an error map: longest wait for the peer to close"},
    {"handshake-ms", "10000", "a subscriber's subscription, an HTTP request must come within this"},
    {"log-level", "info", "error, warn, info or debug"},
    {"ready-file", "", "once listening, write the bound addresses here (for scripts, tests)"},
};

int ds__config_known(const char *name) {
  for (size_t i = 0; i < sizeof opts / sizeof opts[0]; i++)
    if (strcmp(opts[i].name, name) == 0) return 1;
  return 0;
}

void ds__config_print_defaults(FILE *f) {
  for (size_t i = 0; i < sizeof opts / sizeof opts[0]; i++)
    fprintf(f, "# %s\n%s%s = %s\n\n", opts[i].help, opts[i].def[0] ? "" : "# ", opts[i].name,
            opts[i].def);
}

void ds__config_print_defaults_help(FILE *f) {
  for (size_t i = 0; i < sizeof opts / sizeof opts[0]; i++)
    fprintf(f, "  --%-17s %s (%s)\n", opts[i].name, opts[i].help,
            opts[i].def[0] ? opts[i].def : "none");
}

void ds__config_default(ds__serve_config *c) {
  char err[128];
  memset(c, 0, sizeof *c);
  ds_pipe_opts_default(&c->pipe);
  c->ingest_from = c->publish_from = -1;
  for (size_t i = 0; i < sizeof opts / sizeof opts[0]; i++)
    if (opts[i].def[0]) ds__config_set(c, opts[i].name, opts[i].def, 0, err, sizeof err);
}

static int u64(const char *s, uint64_t lo, uint64_t hi, uint64_t *v) {
  char *end;
  errno = 0;
  unsigned long long x = strtoull(s, &end, 10);
  if (errno || end == s || *end || s[0] == '-' || x < lo || x > hi) return -1;
  *v = x;
  return 0;
}

/* Add an address to a list. The first address from a later source (default < file <
 * command line) replaces the list. */
static int add_addr(ds_addr *list, int *n, int *from, int source, const char *v, char *err,
                    size_t cap) {
  ds_addr a;
  if (ds_addr_parse(v, &a) < 0) {
    snprintf(err, cap, "'%s' is no address (tcp://HOST:PORT or unix:PATH)", v);
    return -1;
  }
  if (*from < source) {
    *n = 0;
    *from = source;
  }
  if (*n >= DS__MAX_LISTEN) {
    snprintf(err, cap, "at most %d addresses of one kind", DS__MAX_LISTEN);
    return -1;
  }
  list[(*n)++] = a;
  return 0;
}

int ds__config_set(ds__serve_config *c, const char *name, const char *v, int source,
                   char *err, size_t cap) {
  uint64_t x;
#define RANGE(lo, hi)                                                           \
  do {                                                                          \
    if (u64(v, lo, hi, &x) < 0) {                                               \
      snprintf(err, cap, "%s: '%s' is not a number in %llu..%llu", name, v,     \
               (unsigned long long)(lo), (unsigned long long)(hi));             \
      return -1;                                                                \
    }                                                                           \
  } while (0)
  if (strcmp(name, "ingest") == 0) return add_addr(c->ingest, &c->ningest, &c->ingest_from, source, v, err, cap);
  if (strcmp(name, "publish") == 0) return add_addr(c->publish, &c->npublish, &c->publish_from, source, v, err, cap);
  if (strcmp(name, "metrics") == 0) {
    if (strcmp(v, "off") == 0) {
      c->metrics_on = 0;
      return 0;
    }
    if (ds_addr_parse(v, &c->metrics) < 0) {
      snprintf(err, cap, "metrics: '%s' is no address (tcp://HOST:PORT, unix:PATH or off)", v);
      return -1;
    }
    c->metrics_on = 1;
  } else if (strcmp(name, "max-connections") == 0) {
    RANGE(1, 100000);
    c->max_ingest = (uint32_t)x;
  } else if (strcmp(name, "article-max") == 0) {
    RANGE(1024, 1u << 30);
    c->article_max = (uint32_t)x;
  } else if (strcmp(name, "oversize") == 0) {
    if (strcmp(v, "skip") == 0) c->pipe.oversize = DS_OVERSIZE_SKIP;
    else if (strcmp(v, "truncate") == 0) c->pipe.oversize = DS_OVERSIZE_TRUNCATE;
    else goto bad;
  } else if (strcmp(name, "input-format") == 0) {
    if (strcmp(v, "auto") == 0) c->pipe.format = DS_INPUT_AUTO;
    else if (strcmp(v, "jsonl") == 0) c->pipe.format = DS_INPUT_JSONL;
    else if (strcmp(v, "text") == 0) c->pipe.format = DS_INPUT_TEXT;
    else goto bad;
  } else if (strcmp(name, "max-output") == 0) {
    RANGE(0, UINT64_MAX);
    c->pipe.decode.max_output = x;
  } else if (strcmp(name, "max-ratio") == 0) {
    RANGE(0, UINT32_MAX);
    c->pipe.decode.max_ratio = (uint32_t)x;
  } else if (strcmp(name, "ack-every") == 0) {
    RANGE(1, UINT32_MAX);
    c->ack_every = (uint32_t)x;
  } else if (strcmp(name, "ack-ms") == 0) {
    RANGE(10, 3600000);
    c->ack_ms = (uint32_t)x;
  } else if (strcmp(name, "max-subscribers") == 0) {
    RANGE(1, 100000);
    c->max_subs = (uint32_t)x;
  } else if (strcmp(name, "queue-bytes") == 0) {
    RANGE(DS_BUS_QUEUE_MIN, 1u << 30);
    c->queue_bytes = (uint32_t)x;
  } else if (strcmp(name, "policy") == 0) {
    if (strcmp(v, "drop") == 0) c->policy = DS_POLICY_DROP;
    else if (strcmp(v, "disconnect") == 0) c->policy = DS_POLICY_DISCONNECT;
    else goto bad;
  } else if (strcmp(name, "replay-events") == 0) {
    RANGE(0, 100000000);
    c->replay_events = (uint32_t)x;
  } else if (strcmp(name, "replay-bytes") == 0) {
    RANGE(0, 1ull << 36);
    c->replay_bytes = x;
  } else if (strcmp(name, "novelty-entries") == 0) {
    RANGE(0, 100000000);
    c->novelty_entries = (uint32_t)x;
  } else if (strcmp(name, "drain-ms") == 0) {
    RANGE(0, 3600000);
    c->drain_ms = (uint32_t)x;
  } else if (strcmp(name, "linger-ms") == 0) {
    RANGE(0, 3600000);
    c->linger_ms = (uint32_t)x;
  } else if (strcmp(name, "handshake-ms") == 0) {
    RANGE(100, 3600000);
    c->handshake_ms = (uint32_t)x;
  } else if (strcmp(name, "workers") == 0) {
    if (strcmp(v, "auto") == 0) {
      unsigned n = uv_available_parallelism();
      c->workers = n < 1 ? 1 : n > DS__MAX_WORKERS ? DS__MAX_WORKERS : n;
    } else {
      RANGE(0, DS__MAX_WORKERS);
      c->workers = (uint32_t)x;
    }
  } else if (strcmp(name, "log-level") == 0) {
    static const char *lv[] = {"error", "warn", "info", "debug"};
    int i;
    for (i = 0; i < 4 && strcmp(v, lv[i]) != 0; i++) {}
    if (i == 4) goto bad;
    c->log_level = i;
  } else if (strcmp(name, "ready-file") == 0) {
    if (strlen(v) >= sizeof c->ready_file) goto bad;
    memcpy(c->ready_file, v, strlen(v) + 1);
  } else {
    snprintf(err, cap, "unknown option '%s'", name);
    return -1;
  }
  return 0;
bad:
  snprintf(err, cap, "%s: bad value '%s'", name, v);
  return -1;
#undef RANGE
}

static char *trim(char *s) {
  while (*s == ' ' || *s == '\t') s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
    s[--n] = 0;
  return s;
}

int ds__config_load(ds__serve_config *c, const char *path, int source, char *err, size_t cap) {
  FILE *f = fopen(path, "r");
  char line[1024], msg[256];
  unsigned lineno = 0;
  if (!f) {
    snprintf(err, cap, "%s: cannot open: %s", path, strerror(errno));
    return -1;
  }
  while (fgets(line, sizeof line, f)) {
    lineno++;
    char *s = trim(line);
    if (!*s || *s == '#') continue;
    char *eq = strchr(s, '=');
    if (!eq) {
      snprintf(err, cap, "%s:%u: expected 'name = value'", path, lineno);
      fclose(f);
      return -1;
    }
    *eq = 0;
    char *k = trim(s), *v = trim(eq + 1);
    if (ds__config_set(c, k, v, source, msg, sizeof msg) < 0) {
      snprintf(err, cap, "%s:%u: %s", path, lineno, msg);
      fclose(f);
      return -1;
    }
  }
  fclose(f);
  return 0;
}
