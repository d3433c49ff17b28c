/* ds_bench: where the pipeline's time goes, on one core, for one corpus.
 *
 * Over the same compressed bytes held in memory it times, in interleaved repeats, zlib
 * inflate alone (the baseline), + decoder and framer, + extractor, + encoder (the whole
 * ds_pipe), and the extractor alone over the articles held in memory (bench_stages.h).
 * Each figure is also given as a ratio to the inflate pass of the same repeat: these
 * machines are noisy, a ratio less so. Heap allocations are counted after a warm-up pass
 * (bench_alloc.h); each stage's peak RSS is taken in a process of its own that streams
 * the corpus from its file. With --dealstream and --inflate-only it also times the
 * commands `dealstream extract --format msgpack FILE > /dev/null` and `inflate_only FILE`,
 * interleaved.
 *
 * usage: ds_bench [--repeats N] [--cmd-repeats N] [--dealstream BIN] [--inflate-only BIN]
 *                 [--json OUT] [--tmp DIR] CORPUS
 * CORPUS: gzip, zlib or plain; JSON Lines or text. A plain corpus is gzipped (level 6)
 * in memory first, so every stage reads compressed bytes. Results: JSON on OUT (or
 * stdout), a summary on stderr. */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench_alloc.h"
#include "bench_stages.h"
#include "bench_util.h"
#include "dealstream/version.h"

extern char **environ;

enum { PIECE = 256 * 1024, MAXREP = 64 };

typedef struct stage_result {
  double secs[MAXREP];
  ds_bench_counts counts; /* of the last pass */
  int64_t allocs;         /* during the timed passes */
  long rss_kib;           /* peak RSS of a process running only this stage; -1 none */
} stage_result;

typedef struct cmd_result {
  double secs[MAXREP], cpu[MAXREP];
  long rss_kib; /* peak RSS, from the warm-up run */
  int status;   /* non-zero: some run failed */
} cmd_result;

static pid_t spawn(char *const argv[]) {
  posix_spawn_file_actions_t fa;
  pid_t pid;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  int rc = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) {
    fprintf(stderr, "ds_bench: cannot run %s: %s\n", argv[0], strerror(rc));
    return -1;
  }
  return pid;
}

/* Run argv with stdout to /dev/null: wall and CPU seconds of the child. Returns its
 * exit status, or -1 when it could not run. */
static int run(char *const argv[], double *secs, double *cpu) {
  int status = 0;
  struct rusage ru;
  uint64_t t0 = ds_bench_now_ns();
  pid_t pid = spawn(argv);
  if (pid < 0) return -1;
  while (wait4(pid, &status, 0, &ru) < 0)
    if (errno != EINTR) return -1;
  uint64_t t1 = ds_bench_now_ns();
  if (secs) *secs = (double)(t1 - t0) / 1e9;
  if (cpu)
    *cpu = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
           ru.ru_stime.tv_usec / 1e6;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* Run argv (untimed) and return the peak RSS of the program, KiB, or -1. Not rusage's
 * ru_maxrss: Linux carries the spawning process's own peak into it at exec, so a child
 * of this (large) process would seem as large. VmHWM in /proc/PID/status is of the
 * program's own memory since exec; it only grows, so polling it every millisecond
 * until the exit misses at most the last millisecond's growth. */
static long run_peak_rss(char *const argv[], int *status_out) {
  pid_t pid = spawn(argv);
  long peak = -1;
  int status = 0;
  char path[64];
  if (pid < 0) return -1;
  snprintf(path, sizeof path, "/proc/%ld/status", (long)pid);
  for (;;) {
    pid_t w = waitpid(pid, &status, WNOHANG);
    if (w == pid || (w < 0 && errno != EINTR)) break;
    FILE *f = fopen(path, "r");
    char line[256];
    while (f && fgets(line, sizeof line, f))
      if (strncmp(line, "VmHWM:", 6) == 0) {
        long v = atol(line + 6);
        if (v > peak) peak = v;
      }
    if (f) fclose(f);
    struct timespec ts = {0, 1000000};
    nanosleep(&ts, NULL);
  }
  if (status_out) *status_out = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return peak;
}

/* --rss-stage NAME FILE: one pass of one stage, the file streamed in 256 KiB reads, in
 * this process alone, so the parent reads the stage's peak RSS from wait4(). */
static int rss_child(const char *name, const char *path) {
  int s = ds_bench_stage_parse(name);
  static unsigned char buf[PIECE];
  ds_bench_ctx *c = malloc(sizeof *c);
  FILE *f = fopen(path, "rb");
  if (s < 0 || s == DS_BENCH_EXTRACT_ALONE || !c || !f || ds_bench_ctx_init(c) < 0) return 2;
  ds_bench_counts n = {0};
  int rc = ds_bench_begin(c, (ds_bench_stage)s);
  size_t k;
  while (rc == 0 && (k = fread(buf, 1, sizeof buf, f)) > 0)
    rc = ds_bench_push(c, (ds_bench_stage)s, buf, k, &n);
  if (rc == 0) rc = ds_bench_end(c, (ds_bench_stage)s, &n);
  fclose(f);
  ds_bench_ctx_free(c);
  free(c);
  return rc == 0 ? 0 : 1;
}

static void usage(void) {
  fputs("usage: ds_bench [--repeats N] [--cmd-repeats N] [--dealstream BIN]\n"
        "                [--inflate-only BIN] [--json OUT] [--tmp DIR] CORPUS\n",
        stderr);
}

static ds_bench_stat per_sec(const double *secs, size_t r, double amount) {
  double v[MAXREP];
  for (size_t i = 0; i < r; i++) v[i] = amount / secs[i];
  return ds_bench_summary(v, r);
}

static void write_rates(ds_bench_json *j, const double *secs, size_t r, uint64_t cbytes,
                        uint64_t dbytes) {
  ds_bench_jstat(j, "seconds", ds_bench_summary(secs, r));
  if (cbytes) ds_bench_jstat(j, "mb_s_compressed", per_sec(secs, r, (double)cbytes / 1e6));
  else ds_bench_jnull(j, "mb_s_compressed");
  ds_bench_jstat(j, "mb_s_decompressed", per_sec(secs, r, (double)dbytes / 1e6));
}

int main(int argc, char **argv) {
  size_t repeats = 5, cmd_repeats = 0;
  const char *corpus = NULL, *json_out = NULL, *ds_bin = NULL, *inflate_bin = NULL;
  const char *tmpdir = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--rss-stage") == 0 && i + 2 < argc) return rss_child(argv[i + 1], argv[i + 2]);
    if (a[0] != '-') {
      corpus = a;
      continue;
    }
    if (i + 1 >= argc) {
      usage();
      return 2;
    }
    const char *v = argv[++i];
    if (strcmp(a, "--repeats") == 0) repeats = (size_t)atoi(v);
    else if (strcmp(a, "--cmd-repeats") == 0) cmd_repeats = (size_t)atoi(v);
    else if (strcmp(a, "--dealstream") == 0) ds_bin = v;
    else if (strcmp(a, "--inflate-only") == 0) inflate_bin = v;
    else if (strcmp(a, "--json") == 0) json_out = v;
    else if (strcmp(a, "--tmp") == 0) tmpdir = v;
    else {
      usage();
      return 2;
    }
  }
  if (!corpus || repeats < 1 || repeats > MAXREP || cmd_repeats > MAXREP) {
    usage();
    return 2;
  }
  if (cmd_repeats == 0) cmd_repeats = repeats;

  /* ---- the corpus, compressed, in memory and in a file ---- */
  unsigned char *data;
  size_t len;
  if (ds_bench_read_file(corpus, &data, &len) < 0) return 1;
  const char *file = corpus;
  char tmpfile[1024] = "";
  int gzipped = 0;
  if (!ds_bench_is_compressed(data, len)) {
    unsigned char *gz;
    size_t gzlen;
    if (ds_bench_gzip(data, len, 6, &gz, &gzlen) < 0) {
      fprintf(stderr, "ds_bench: cannot gzip the corpus\n");
      return 1;
    }
    free(data);
    data = gz;
    len = gzlen;
    gzipped = 1;
    snprintf(tmpfile, sizeof tmpfile, "%s/ds_bench_XXXXXX", tmpdir);
    int fd = mkstemp(tmpfile);
    FILE *tf = fd >= 0 ? fdopen(fd, "wb") : NULL;
    if (!tf || fwrite(data, 1, len, tf) != len || fclose(tf) != 0) {
      fprintf(stderr, "ds_bench: cannot write %s\n", tmpfile);
      return 1;
    }
    file = tmpfile;
  }

  /* ---- peak RSS of each stage, each in a process of its own ---- */
  stage_result res[DS_BENCH_NSTAGES];
  memset(res, 0, sizeof res);
  for (int s = 0; s < DS_BENCH_NSTAGES; s++) {
    res[s].rss_kib = -1;
    if (s == DS_BENCH_EXTRACT_ALONE) continue; /* it reads articles held in memory */
    char *args[] = {"/proc/self/exe", "--rss-stage", (char *)ds_bench_stage_name(s),
                    (char *)file, NULL};
    int st = -1;
    res[s].rss_kib = run_peak_rss(args, &st);
    if (st != 0) {
      fprintf(stderr, "ds_bench: stage %s fails on %s\n", ds_bench_stage_name(s), file);
      return 1;
    }
  }

  char problems[1024] = "";

  /* ---- warm-up: one untimed pass of each stage; the framer's pass keeps the articles
   * for the extractor-alone stage ---- */
  ds_bench_ctx *ctx = malloc(sizeof *ctx);
  ds_bench_store store;
  memset(&store, 0, sizeof store);
  if (!ctx || ds_bench_ctx_init(ctx) < 0) {
    fprintf(stderr, "ds_bench: out of memory\n");
    return 1;
  }
  for (int s = 0; s < DS_BENCH_NSTAGES; s++) {
    ds_bench_counts n = {0};
    ctx->keep = s == DS_BENCH_FRAME ? &store : NULL;
    if (s == DS_BENCH_EXTRACT_ALONE) ds_bench_store_seal(&store);
    if (ds_bench_pass(ctx, (ds_bench_stage)s, data, len, PIECE, &store, &n) < 0) {
      fprintf(stderr, "ds_bench: stage %s fails on the corpus\n", ds_bench_stage_name(s));
      return 1;
    }
  }
  ctx->keep = NULL;

  /* The counter must see calls from inside the shared libraries too: zlib's default
   * allocator is one (deflateInit and deflateEnd allocate and free its state). */
  int counter_ok = 0;
  if (ds_bench_allocs() >= 0) {
    z_stream zz;
    memset(&zz, 0, sizeof zz);
    ds_bench_allocs_arm(1);
    int64_t a0 = ds_bench_allocs();
    if (deflateInit(&zz, 1) == Z_OK) deflateEnd(&zz);
    counter_ok = ds_bench_allocs() - a0 >= 2;
    ds_bench_allocs_arm(0);
    if (!counter_ok)
      snprintf(problems, sizeof problems, "the allocation counter does not see zlib's calls; ");
  }

  /* ---- the timed passes: interleaved, the order rotated each repeat so no stage is
   * always first after another ---- */
  ds_bench_allocs_arm(1);
  for (size_t r = 0; r < repeats; r++) {
    for (int k = 0; k < DS_BENCH_NSTAGES; k++) {
      int s = (int)((r + (size_t)k) % DS_BENCH_NSTAGES);
      ds_bench_counts n = {0};
      int64_t a0 = ds_bench_allocs();
      uint64_t t0 = ds_bench_now_ns();
      ds_bench_pass(ctx, (ds_bench_stage)s, data, len, PIECE, &store, &n);
      uint64_t t1 = ds_bench_now_ns();
      res[s].allocs += ds_bench_allocs() - a0;
      res[s].secs[r] = (double)(t1 - t0) / 1e9;
      res[s].counts = n;
    }
  }
  ds_bench_allocs_arm(0);

  /* the stages must have seen the same data */
  const ds_bench_counts *inf = &res[DS_BENCH_INFLATE].counts;
  uint64_t dbytes = inf->bytes_out, articles = res[DS_BENCH_FRAME].counts.articles;
  uint64_t events = res[DS_BENCH_ENCODE].counts.events;
  for (int s = DS_BENCH_FRAME; s <= DS_BENCH_ENCODE; s++)
    if (res[s].counts.bytes_out != dbytes || res[s].counts.articles != articles)
      snprintf(problems + strlen(problems), sizeof problems - strlen(problems),
               "%s saw %llu bytes / %llu articles, inflate %llu bytes, frame %llu articles; ",
               ds_bench_stage_name(s), (unsigned long long)res[s].counts.bytes_out,
               (unsigned long long)res[s].counts.articles, (unsigned long long)dbytes,
               (unsigned long long)articles);
  if (res[DS_BENCH_EXTRACT].counts.events != events ||
      res[DS_BENCH_EXTRACT_ALONE].counts.events != events ||
      res[DS_BENCH_EXTRACT_ALONE].counts.articles != articles)
    snprintf(problems + strlen(problems), sizeof problems - strlen(problems),
             "events differ: extract %llu, encode %llu, extractor alone %llu; ",
             (unsigned long long)res[DS_BENCH_EXTRACT].counts.events, (unsigned long long)events,
             (unsigned long long)res[DS_BENCH_EXTRACT_ALONE].counts.events);

  /* ---- the commands: dealstream extract vs inflate_only, interleaved ---- */
  cmd_result cmd[2]; /* 0 inflate_only, 1 dealstream extract */
  memset(cmd, 0, sizeof cmd);
  int have_cmds = ds_bin && inflate_bin;
  if (have_cmds) {
    char *argv_inf[] = {(char *)inflate_bin, (char *)file, NULL};
    char *argv_ext[] = {(char *)ds_bin, "extract", "--format", "msgpack", (char *)file, NULL};
    char *const *argvs[2] = {argv_inf, argv_ext};
    /* warm-up (the file in the page cache, the binaries loaded), measuring peak RSS */
    for (int w = 0; w < 2; w++) cmd[w].rss_kib = run_peak_rss(argvs[w], &cmd[w].status);
    for (size_t r = 0; r < cmd_repeats; r++)
      for (int k = 0; k < 2; k++) {
        int w = (int)((r + (size_t)k) % 2);
        int st = run(argvs[w], &cmd[w].secs[r], &cmd[w].cpu[r]);
        if (st != 0) cmd[w].status = st;
      }
    if (cmd[0].status != 0 || cmd[1].status != 0)
      snprintf(problems + strlen(problems), sizeof problems - strlen(problems),
               "commands exited %d (inflate_only) and %d (dealstream extract); ", cmd[0].status,
               cmd[1].status);
  }
  if (tmpfile[0]) unlink(tmpfile);

  /* ---- the results ---- */
  FILE *out = json_out ? fopen(json_out, "w") : stdout;
  if (!out) {
    fprintf(stderr, "ds_bench: cannot write %s\n", json_out);
    return 1;
  }
  ds_bench_json j;
  ds_bench_jinit(&j, out);
  ds_bench_jobj(&j, NULL);
  ds_bench_jstr(&j, "tool", "ds_bench");
  ds_bench_jstr(&j, "version", ds_version_string());
  ds_bench_jobj(&j, "corpus");
  ds_bench_jstr(&j, "path", corpus);
  ds_bench_jbool(&j, "gzipped_by_bench", gzipped);
  ds_bench_jint(&j, "compressed_bytes", (int64_t)len);
  ds_bench_jint(&j, "decompressed_bytes", (int64_t)dbytes);
  ds_bench_jint(&j, "articles", (int64_t)articles);
  ds_bench_jint(&j, "events", (int64_t)events);
  ds_bench_jend(&j, '}');
  ds_bench_jint(&j, "repeats", (int64_t)repeats);
  ds_bench_jint(&j, "piece_bytes", PIECE);
  /* counted by interposing malloc, checked on zlib's own calls; not in sanitizer builds */
  ds_bench_jbool(&j, "allocs_counted", counter_ok);
  ds_bench_jobj(&j, "stages");
  const double *t_inf = res[DS_BENCH_INFLATE].secs, *t_all = res[DS_BENCH_ENCODE].secs;
  for (int s = 0; s < DS_BENCH_NSTAGES; s++) {
    const stage_result *p = &res[s];
    double v[MAXREP];
    ds_bench_jobj(&j, ds_bench_stage_name(s));
    ds_bench_jstr(&j, "label", ds_bench_stage_label(s));
    /* the extractor alone reads no compressed bytes; its MB/s are of the same text */
    write_rates(&j, p->secs, repeats, s == DS_BENCH_EXTRACT_ALONE ? 0 : len, dbytes);
    ds_bench_jstat(&j, "articles_s", per_sec(p->secs, repeats, (double)articles));
    if (s >= DS_BENCH_EXTRACT) ds_bench_jstat(&j, "events_s", per_sec(p->secs, repeats, (double)events));
    else ds_bench_jnull(&j, "events_s");
    for (size_t r = 0; r < repeats; r++) v[r] = t_inf[r] / p->secs[r];
    ds_bench_jstat(&j, "ratio_to_inflate", ds_bench_summary(v, repeats));
    if (s <= DS_BENCH_ENCODE) {
      /* the share of the whole pipeline's time this stage adds */
      for (size_t r = 0; r < repeats; r++)
        v[r] = (p->secs[r] - (s ? res[s - 1].secs[r] : 0)) / t_all[r];
      ds_bench_jstat(&j, "time_share", ds_bench_summary(v, repeats));
    } else {
      ds_bench_jnull(&j, "time_share");
    }
    if (counter_ok) {
      ds_bench_jint(&j, "allocs", p->allocs);
      ds_bench_jnum(&j, "allocs_per_article", (double)p->allocs / (double)(articles * repeats));
    } else {
      ds_bench_jnull(&j, "allocs");
      ds_bench_jnull(&j, "allocs_per_article");
    }
    if (p->rss_kib >= 0) ds_bench_jint(&j, "peak_rss_kib", p->rss_kib);
    else ds_bench_jnull(&j, "peak_rss_kib");
    ds_bench_jarr(&j, "runs_seconds");
    for (size_t r = 0; r < repeats; r++) ds_bench_jnum(&j, NULL, p->secs[r]);
    ds_bench_jend(&j, ']');
    ds_bench_jend(&j, '}');
  }
  ds_bench_jend(&j, '}');
  if (have_cmds) {
    ds_bench_jobj(&j, "commands");
    ds_bench_jint(&j, "repeats", (int64_t)cmd_repeats);
    static const char *const names[2] = {"inflate_only", "extract"};
    for (int w = 0; w < 2; w++) {
      ds_bench_jobj(&j, names[w]);
      write_rates(&j, cmd[w].secs, cmd_repeats, len, dbytes);
      ds_bench_jstat(&j, "cpu_seconds", ds_bench_summary(cmd[w].cpu, cmd_repeats));
      ds_bench_jint(&j, "peak_rss_kib", cmd[w].rss_kib);
      ds_bench_jint(&j, "exit_status", cmd[w].status);
      ds_bench_jend(&j, '}');
    }
    double v[MAXREP];
    for (size_t r = 0; r < cmd_repeats; r++) v[r] = cmd[0].secs[r] / cmd[1].secs[r];
    ds_bench_jstat(&j, "ratio_extract_to_inflate", ds_bench_summary(v, cmd_repeats));
    ds_bench_jend(&j, '}');
  } else {
    ds_bench_jnull(&j, "commands");
  }
  ds_bench_jbool(&j, "consistent", problems[0] == 0);
  ds_bench_jstr(&j, "problems", problems);
  ds_bench_jend(&j, '}');
  if (out != stdout) fclose(out);

  /* a summary for people */
  fprintf(stderr, "ds_bench: %s: %zu bytes compressed, %llu decompressed, %llu articles, %llu events, %zu repeats\n",
          corpus, len, (unsigned long long)dbytes, (unsigned long long)articles,
          (unsigned long long)events, repeats);
  for (int s = 0; s < DS_BENCH_NSTAGES; s++) {
    ds_bench_stat t = ds_bench_summary(res[s].secs, repeats);
    fprintf(stderr, "  %-14s %8.3f s (%.3f..%.3f)  %8.1f MB/s decompressed  x%.3f of inflate  allocs %lld\n",
            ds_bench_stage_name(s), t.median, t.min, t.max, (double)dbytes / 1e6 / t.median,
            ds_bench_summary(t_inf, repeats).median / t.median, (long long)res[s].allocs);
  }
  if (have_cmds)
    fprintf(stderr, "  commands: inflate_only %.3f s, dealstream extract %.3f s (medians)\n",
            ds_bench_summary(cmd[0].secs, cmd_repeats).median,
            ds_bench_summary(cmd[1].secs, cmd_repeats).median);
  if (problems[0]) fprintf(stderr, "ds_bench: PROBLEM: %s\n", problems);
  ds_bench_store_free(&store);
  ds_bench_ctx_free(ctx);
  free(ctx);
  free(data);
  return problems[0] ? 1 : 0;
}
