/* ds_load: `dealstream serve` under load, over loopback. For each scenario it starts a
 * fresh server on ephemeral ports, connects S subscribers (each subscribed to every
 * event) and K gateways, sends, waits for the final acks and for every subscriber to
 * have every event, then reads /metrics and /proc and stops the server:
 *
 *   saturation   K gateways (1, 2) send N articles each as fast as the server takes
 *                them, with S subscribers: the most the server does;
 *   rate         2 gateways send R articles/s in all for D seconds, S subscribers:
 *                latency from an article's due time to its event at each subscriber
 *                (load.h), p50, p99, p99.9, with the first 10% of the articles left
 *                out as warm-up;
 *   connections  64 gateways and 256 subscribers at R articles/s: the peak RSS.
 *
 * Scenarios are run in turn and the whole list repeated, so noise spreads over all.
 * Each figure: median, min and max over the repeats; every run is also in the JSON.
 *
 * usage: ds_load --dealstream BIN --corpus FILE [--json OUT] [--quick] [--repeats N]
 *                [--seconds D] [--rates R,...] [--subs S,...] [--sat-articles N]
 *                [--conn-rate R] [--serve-opt OPTION VALUE]... [--tmp DIR] */
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench_util.h"
#include "dealstream/version.h"
#include "load.h"

enum { MAXREP = 32, MAXLIST = 16, MAXSCEN = 128, MAXOPT = 32 };

typedef struct run_result {
  int ok;
  char err[256];
  double secs;
  uint64_t articles, events, dbytes;
  double articles_s, events_s, mb_s;
  double p50, p99, p999, pmax; /* ms */
  size_t nlat;
  double dropped, missed, closed;
  uint64_t sub_events_min;
  long rss_kib;
  double cpu_util;
  double max_lag_ms;
} run_result;

typedef struct scenario {
  const char *kind;
  unsigned k;
  int s;
  double rate, secs;
  size_t per_gw; /* saturation */
  run_result runs[MAXREP];
} scenario;

typedef struct opts {
  const char *bin, *corpus, *json, *tmp;
  int quick;
  size_t repeats;
  double secs, conn_rate;
  double rates[MAXLIST];
  int nrates;
  int subs[MAXLIST];
  int nsubs;
  size_t sat_articles;
  const char *serve_opts[MAXOPT + 8];
  int nserve;
} opts;

/* one set of streams per K, built once with as many articles as any scenario needs */
static ds_load_stream *cache[3];
static unsigned keys[3];
static size_t have[3];

static void streams_free(void) {
  for (int slot = 0; slot < 3; slot++) {
    for (unsigned g = 0; cache[slot] && g < keys[slot]; g++) ds_load_stream_free(&cache[slot][g]);
    free(cache[slot]);
    cache[slot] = NULL;
  }
}

static ds_load_stream *streams_for(unsigned k, size_t need, const ds_load_corpus *c) {
  int slot = k == 1 ? 0 : k == 2 ? 1 : 2;
  if (cache[slot] && keys[slot] == k && have[slot] >= need) return cache[slot];
  if (cache[slot]) {
    for (unsigned g = 0; g < keys[slot]; g++) ds_load_stream_free(&cache[slot][g]);
    free(cache[slot]);
  }
  cache[slot] = calloc(k, sizeof **cache);
  if (!cache[slot]) return NULL;
  for (unsigned g = 0; g < k; g++)
    if (ds_load_stream_build(&cache[slot][g], c, g, k, need) < 0) return NULL;
  keys[slot] = k;
  have[slot] = need;
  return cache[slot];
}

static double ms(double ns) { return ns / 1e6; }

static void run_one(const opts *o, scenario *sc, run_result *r, const ds_load_corpus *c) {
  ds_load_server srv;
  ds_load_subs subs;
  ds_load_gws gws;
  memset(r, 0, sizeof *r);
  memset(&srv, 0, sizeof srv);
  memset(&subs, 0, sizeof subs);
  subs.epfd = -1;
  memset(&gws, 0, sizeof gws);
  size_t total = sc->rate > 0 ? (size_t)(sc->rate * sc->secs + 0.5) : sc->per_gw * sc->k;
  if (total < sc->k) total = sc->k;
  ds_load_stream *st = streams_for(sc->k, (total + sc->k - 1) / sc->k, c);
  if (!st) {
    snprintf(r->err, sizeof r->err, "cannot build the gateway streams");
    return;
  }
  if (ds_load_serve_start(&srv, o->bin, o->tmp, o->serve_opts) < 0) {
    snprintf(r->err, sizeof r->err, "serve did not start");
    return;
  }
  if (ds_load_subs_start(&subs, srv.publish, sc->s) < 0) {
    snprintf(r->err, sizeof r->err, "%.200s", subs.err);
    goto stop;
  }
  subs.ns_per_article = sc->rate > 0 ? 1e9 / sc->rate : 0;
  subs.warm_articles = total / 10;
  double cpu0 = ds_load_proc_cpu(srv.pid);
  gws.k = sc->k;
  gws.streams = st;
  gws.total = total;
  gws.rate = sc->rate;
  uint64_t deadline = ds_bench_now_ns() + (uint64_t)((sc->rate > 0 ? sc->secs * 4 : 0) + 600) * 1000000000u;
  int grc = ds_load_gws_run(&gws, srv.ingest, &subs, deadline);
  /* every subscriber is to see every event the gateways' final acks counted */
  ds_load_subs_finish(&subs, gws.events, ds_bench_now_ns() + 30000000000u);
  double cpu1 = ds_load_proc_cpu(srv.pid);
  r->secs = (double)(gws.t_end - gws.t0) / 1e9;
  r->articles = gws.articles;
  r->events = gws.events;
  r->dbytes = gws.dbytes;
  r->articles_s = (double)gws.articles / r->secs;
  r->events_s = (double)gws.events / r->secs;
  r->mb_s = (double)gws.dbytes / 1e6 / r->secs;
  r->max_lag_ms = ms(gws.max_lag_ns);
  r->cpu_util = (cpu1 - cpu0) / r->secs;
  ds_bench_sort(subs.lat_ns, subs.nlat);
  r->nlat = subs.nlat;
  r->p50 = subs.nlat ? ms(ds_bench_quantile(subs.lat_ns, subs.nlat, 0.50)) : NAN;
  r->p99 = subs.nlat ? ms(ds_bench_quantile(subs.lat_ns, subs.nlat, 0.99)) : NAN;
  r->p999 = subs.nlat ? ms(ds_bench_quantile(subs.lat_ns, subs.nlat, 0.999)) : NAN;
  r->pmax = subs.nlat ? ms(subs.lat_ns[subs.nlat - 1]) : NAN;
  r->sub_events_min = UINT64_MAX;
  for (int i = 0; i < subs.n; i++) {
    r->missed += (double)subs.sub[i].missed;
    r->closed += subs.sub[i].closed;
    if (subs.sub[i].events < r->sub_events_min) r->sub_events_min = subs.sub[i].events;
  }
  static char text[1 << 20];
  r->dropped = ds_load_serve_metrics(&srv, text, sizeof text) >= 0
                   ? ds_load_metric(text, "dealstream_dropped_total")
                   : NAN;
  r->rss_kib = ds_load_proc_kib(srv.pid, "VmHWM");
  if (grc < 0) snprintf(r->err, sizeof r->err, "%.200s", gws.err);
  else if (gws.articles != total)
    snprintf(r->err, sizeof r->err, "%llu of %zu articles acked", (unsigned long long)gws.articles, total);
  else if (subs.bad_ids)
    snprintf(r->err, sizeof r->err, "%llu events with an article id not sent", (unsigned long long)subs.bad_ids);
  else if (r->sub_events_min + (uint64_t)r->missed < gws.events && !r->closed)
    snprintf(r->err, sizeof r->err, "a subscriber got %llu of %llu events",
             (unsigned long long)r->sub_events_min, (unsigned long long)gws.events);
  else
    r->ok = 1;
stop:
  ds_load_subs_free(&subs);
  int st_rc = ds_load_serve_stop(&srv);
  if (r->ok && st_rc != 0) {
    r->ok = 0;
    snprintf(r->err, sizeof r->err, "serve exited with status %d", st_rc);
  }
}

static int parse_list(const char *s, double *v, int max) {
  int n = 0;
  char *end;
  while (*s && n < max) {
    v[n++] = strtod(s, &end);
    if (end == s) return -1;
    s = *end == ',' ? end + 1 : end;
  }
  return n;
}

static void stat_of(ds_bench_json *j, const char *key, const scenario *sc, size_t nrep,
                    size_t off) {
  double v[MAXREP];
  size_t n = 0;
  for (size_t i = 0; i < nrep; i++) {
    double x = *(const double *)((const char *)&sc->runs[i] + off);
    if (sc->runs[i].ok && !isnan(x)) v[n++] = x;
  }
  if (n) ds_bench_jstat(j, key, ds_bench_summary(v, n));
  else ds_bench_jnull(j, key);
}

#define STAT(j, key, sc, nrep, field) stat_of(j, key, sc, nrep, offsetof(run_result, field))

static void write_json(FILE *f, const opts *o, scenario *sc, int nsc, const ds_load_corpus *c) {
  ds_bench_json j;
  ds_bench_jinit(&j, f);
  ds_bench_jobj(&j, NULL);
  ds_bench_jstr(&j, "tool", "ds_load");
  ds_bench_jstr(&j, "version", ds_version_string());
  ds_bench_jobj(&j, "corpus");
  ds_bench_jstr(&j, "path", o->corpus);
  ds_bench_jint(&j, "articles", (int64_t)c->n);
  ds_bench_jint(&j, "json_bytes", (int64_t)c->bytes);
  ds_bench_jend(&j, '}');
  char so[1024] = "";
  for (int i = 0; i < o->nserve; i++)
    snprintf(so + strlen(so), sizeof so - strlen(so), "%s%s", i ? " " : "", o->serve_opts[i]);
  ds_bench_jstr(&j, "serve_options", so);
  ds_bench_jint(&j, "repeats", (int64_t)o->repeats);
  ds_bench_jbool(&j, "quick", o->quick);
  ds_bench_jarr(&j, "scenarios");
  for (int i = 0; i < nsc; i++) {
    scenario *s = &sc[i];
    size_t nrep = o->repeats, nok = 0;
    for (size_t r = 0; r < nrep; r++) nok += s->runs[r].ok;
    ds_bench_jobj(&j, NULL);
    ds_bench_jstr(&j, "kind", s->kind);
    ds_bench_jint(&j, "gateways", s->k);
    ds_bench_jint(&j, "subscribers", s->s);
    if (s->rate > 0) {
      ds_bench_jnum(&j, "rate", s->rate);
      ds_bench_jnum(&j, "seconds", s->secs);
    } else {
      ds_bench_jnull(&j, "rate");
      ds_bench_jint(&j, "articles_per_gateway", (int64_t)s->per_gw);
    }
    ds_bench_jint(&j, "runs_ok", (int64_t)nok);
    STAT(&j, "articles_s", s, nrep, articles_s);
    STAT(&j, "events_s", s, nrep, events_s);
    STAT(&j, "mb_s_decompressed", s, nrep, mb_s);
    ds_bench_jobj(&j, "latency_ms");
    STAT(&j, "p50", s, nrep, p50);
    STAT(&j, "p99", s, nrep, p99);
    STAT(&j, "p999", s, nrep, p999);
    STAT(&j, "max", s, nrep, pmax);
    ds_bench_jend(&j, '}');
    STAT(&j, "dropped", s, nrep, dropped);
    STAT(&j, "missed", s, nrep, missed);
    STAT(&j, "server_cpu", s, nrep, cpu_util);
    STAT(&j, "gateway_max_lag_ms", s, nrep, max_lag_ms);
    {
      double v[MAXREP];
      size_t n = 0;
      for (size_t r = 0; r < nrep; r++)
        if (s->runs[r].ok) v[n++] = (double)s->runs[r].rss_kib;
      if (n) ds_bench_jstat(&j, "peak_rss_kib", ds_bench_summary(v, n));
      else ds_bench_jnull(&j, "peak_rss_kib");
    }
    ds_bench_jarr(&j, "runs");
    for (size_t r = 0; r < nrep; r++) {
      const run_result *x = &s->runs[r];
      ds_bench_jobj(&j, NULL);
      ds_bench_jbool(&j, "ok", x->ok);
      ds_bench_jstr(&j, "error", x->err);
      ds_bench_jnum(&j, "seconds", x->secs);
      ds_bench_jint(&j, "articles", (int64_t)x->articles);
      ds_bench_jint(&j, "events", (int64_t)x->events);
      ds_bench_jint(&j, "decompressed_bytes", (int64_t)x->dbytes);
      ds_bench_jnum(&j, "articles_s", x->articles_s);
      ds_bench_jnum(&j, "p50_ms", x->p50);
      ds_bench_jnum(&j, "p99_ms", x->p99);
      ds_bench_jnum(&j, "p999_ms", x->p999);
      ds_bench_jnum(&j, "max_ms", x->pmax);
      ds_bench_jint(&j, "latency_samples", (int64_t)x->nlat);
      ds_bench_jnum(&j, "dropped", x->dropped);
      ds_bench_jnum(&j, "missed", x->missed);
      ds_bench_jnum(&j, "subscribers_closed", x->closed);
      ds_bench_jint(&j, "peak_rss_kib", x->rss_kib);
      ds_bench_jnum(&j, "server_cpu", x->cpu_util);
      ds_bench_jnum(&j, "gateway_max_lag_ms", x->max_lag_ms);
      ds_bench_jend(&j, '}');
    }
    ds_bench_jend(&j, ']');
    ds_bench_jend(&j, '}');
  }
  ds_bench_jend(&j, ']');
  ds_bench_jend(&j, '}');
}

static void usage(void) {
  fputs("usage: ds_load --dealstream BIN --corpus FILE [--json OUT] [--quick] [--repeats N]\n"
        "               [--seconds D] [--rates R,...] [--subs S,...] [--sat-articles N]\n"
        "               [--conn-rate R] [--serve-opt OPTION VALUE]... [--tmp DIR]\n",
        stderr);
}

int main(int argc, char **argv) {
  opts o;
  memset(&o, 0, sizeof o);
  o.tmp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
  for (int i = 1; i < argc; i++) /* --quick first: the other options override its values */
    if (strcmp(argv[i], "--quick") == 0) o.quick = 1;
  static const double full_rates[] = {250, 500, 1000, 2000, 4000}, quick_rates[] = {500, 2000};
  o.repeats = o.quick ? 1 : 3;
  o.secs = o.quick ? 1 : 5;
  o.sat_articles = o.quick ? 300 : 10000;
  o.conn_rate = o.quick ? 1000 : 2000;
  o.nrates = o.quick ? 2 : 5;
  memcpy(o.rates, o.quick ? quick_rates : full_rates, (size_t)o.nrates * sizeof(double));
  o.nsubs = 3;
  o.subs[0] = 1, o.subs[1] = 16, o.subs[2] = 256;
  /* serve as deployed, with room for 256 subscribers */
  o.serve_opts[o.nserve++] = "--max-subscribers";
  o.serve_opts[o.nserve++] = "256";
  o.serve_opts[o.nserve++] = "--log-level";
  o.serve_opts[o.nserve++] = "warn";
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--quick") == 0) continue;
    if (i + 1 >= argc) {
      usage();
      return 2;
    }
    const char *v = argv[++i];
    double list[MAXLIST];
    if (strcmp(a, "--dealstream") == 0) o.bin = v;
    else if (strcmp(a, "--corpus") == 0) o.corpus = v;
    else if (strcmp(a, "--json") == 0) o.json = v;
    else if (strcmp(a, "--tmp") == 0) o.tmp = v;
    else if (strcmp(a, "--repeats") == 0) o.repeats = (size_t)atoi(v);
    else if (strcmp(a, "--seconds") == 0) o.secs = atof(v);
    else if (strcmp(a, "--sat-articles") == 0) o.sat_articles = (size_t)atol(v);
    else if (strcmp(a, "--conn-rate") == 0) o.conn_rate = atof(v);
    else if (strcmp(a, "--rates") == 0 && (o.nrates = parse_list(v, o.rates, MAXLIST)) > 0) {
    } else if (strcmp(a, "--subs") == 0 && (o.nsubs = parse_list(v, list, MAXLIST)) > 0) {
      for (int k = 0; k < o.nsubs; k++) o.subs[k] = (int)list[k];
    } else if (strcmp(a, "--serve-opt") == 0 && i + 1 < argc && o.nserve + 2 <= MAXOPT) {
      o.serve_opts[o.nserve++] = v;
      o.serve_opts[o.nserve++] = argv[++i];
    } else {
      usage();
      return 2;
    }
  }
  if (!o.bin || !o.corpus || o.repeats < 1 || o.repeats > MAXREP || o.secs <= 0 ||
      o.sat_articles < 1) {
    usage();
    return 2;
  }
  char dir[600];
  snprintf(dir, sizeof dir, "%s/ds_load_XXXXXX", o.tmp);
  if (!mkdtemp(dir)) {
    fprintf(stderr, "ds_load: cannot make a directory in %s: %s\n", o.tmp, strerror(errno));
    return 1;
  }
  o.tmp = dir;

  ds_load_corpus corpus;
  if (ds_load_corpus_read(o.corpus, &corpus) < 0) return 1;

  static scenario sc[MAXSCEN];
  int nsc = 0;
  static const unsigned sat_k[] = {1, 2};
  for (int s = 0; s < o.nsubs; s++)
    for (int k = 0; k < 2; k++)
      sc[nsc++] = (scenario){"saturation", sat_k[k], o.subs[s], 0, 0, o.sat_articles, {{0}}};
  for (int s = 0; s < o.nsubs; s++)
    for (int r = 0; r < o.nrates && nsc < MAXSCEN - 1; r++)
      sc[nsc++] = (scenario){"rate", 2, o.subs[s], o.rates[r], o.secs, 0, {{0}}};
  sc[nsc++] = (scenario){"connections", 64, 256, o.conn_rate, o.secs, 0, {{0}}};

  int bad = 0;
  for (size_t r = 0; r < o.repeats; r++)
    for (int i = 0; i < nsc; i++) {
      scenario *s = &sc[i];
      run_one(&o, s, &s->runs[r], &corpus);
      const run_result *x = &s->runs[r];
      fprintf(stderr, "ds_load: %-11s K=%-2u S=%-3d rate=%-5.0f  %8.0f articles/s %7.1f MB/s  "
              "p50 %.3f p99 %.3f p99.9 %.3f ms (%zu)  dropped %.0f  rss %ld KiB  cpu %.2f%s%s\n",
              s->kind, s->k, s->s, s->rate, x->articles_s, x->mb_s, x->p50, x->p99, x->p999,
              x->nlat, x->dropped, x->rss_kib, x->cpu_util, x->ok ? "" : "  FAILED: ", x->err);
      bad |= !x->ok;
    }

  FILE *f = o.json ? fopen(o.json, "w") : stdout;
  if (!f) {
    fprintf(stderr, "ds_load: cannot write %s\n", o.json);
    return 1;
  }
  write_json(f, &o, sc, nsc, &corpus);
  if (f != stdout) fclose(f);
  ds_load_corpus_free(&corpus);
  streams_free();
  if (!bad) {
    char path[700];
    snprintf(path, sizeof path, "%s/serve.log", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/ready", dir);
    unlink(path);
    rmdir(dir);
  } else {
    fprintf(stderr, "ds_load: some runs failed; serve's log is in %s\n", dir);
  }
  return bad ? 1 : 0;
}
