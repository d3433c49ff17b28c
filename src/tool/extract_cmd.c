/* dealstream extract: files or stdin in, deal events out (msgpack or JSON lines). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dealstream/dealstream.h"
#include "dealstream/pipeline.h"
#include "tool.h"

typedef struct extract_run {
  const char *name;    /* input name for messages */
  int json;            /* --format json */
  int explain;         /* --explain */
  FILE *out;
  char *json_buf;
  size_t json_cap;
  int bad;             /* some input was bad */
  int out_failed;
} extract_run;

static void on_event(void *ud, const void *mp, size_t len, const ds_event *ev,
                     const ds_article *a) {
  extract_run *r = ud;
  (void)ev;
  (void)a;
  if (r->json) {
    int n = ds_msgpack_to_json(mp, len, r->json_buf, r->json_cap);
    if (n < 0) {
      fprintf(stderr, "dealstream: %s: cannot render event as JSON: %s\n", r->name,
              ds_strerror(n));
      r->bad = 1;
      return;
    }
    r->json_buf[n] = '\n';
    if (fwrite(r->json_buf, 1, (size_t)n + 1, r->out) != (size_t)n + 1) r->out_failed = 1;
  } else if (fwrite(mp, 1, len, r->out) != len) {
    r->out_failed = 1;
  }
}

static void on_error(void *ud, const ds_error *e, int from_decoder, const char *id) {
  extract_run *r = ud;
  r->bad = 1;
  if (from_decoder)
    fprintf(stderr, "dealstream: %s: byte %llu (compressed): %s (%s)\n", r->name,
            (unsigned long long)e->offset, ds_strerror(e->code), ds_err_name(e->code));
  else
    fprintf(stderr, "dealstream: %s: line %llu, byte %llu: %s (%s)%s%s\n", r->name,
            (unsigned long long)e->line, (unsigned long long)e->offset, ds_strerror(e->code),
            ds_err_name(e->code), id && id[0] ? ", article " : "", id ? id : "");
}

static void explain_cb(void *ud, const ds_article *a, const ds_event *c, int kept,
                       const char *why) {
  extract_run *r = ud;
  fprintf(stderr, "%s article %.*s: %s %s [%s] rule %s, trigger \"%.*s\":", r->name,
          (int)a->id.len, a->buf + a->id.off, kept ? "KEPT" : "rejected", why,
          ds_deal_type_name(c->type), ds_rule_name(c->rule), (int)c->trigger.len,
          a->buf + c->trigger.off);
  for (unsigned i = 0; i < c->nparties; i++)
    fprintf(stderr, " %.*s (%s)%s", (int)c->parties[i].name.len, a->buf + c->parties[i].name.off,
            ds_role_name(c->parties[i].role), i + 1 < c->nparties ? "," : "");
  fprintf(stderr, "\n    sentence: ");
  for (uint32_t i = 0; i < c->evidence.len; i++) {
    char ch = a->buf[c->evidence.off + i];
    fputc(ch == '\n' ? ' ' : ch, stderr);
  }
  fputc('\n', stderr);
}

static void extract_usage(FILE *f) {
  fputs("usage: dealstream extract [options] [FILE|-]...\n"
        "\n"
        "Reads articles from each FILE (or stdin when none, or '-'): gzip (also several\n"
        "members), zlib or uncompressed, detected; JSON Lines or plain text, detected.\n"
        "Prints one deal event per line (JSON) or a stream of msgpack maps.\n"
        "\n"
        "options:\n"
        "  --format json|msgpack           output format (default msgpack)\n"
        "  --input-format auto|jsonl|text  article format (default auto)\n"
        "  --oversize skip|truncate        an article longer than the buffer (default skip)\n"
        "  --article-max BYTES             article buffer size (default 1048576)\n"
        "  --max-output BYTES              decompressed bytes allowed per input (default 4 GiB)\n"
        "  --max-ratio N                   decompressed/compressed ratio allowed (default 100)\n"
        "  --stats                         print counts to stderr at the end\n"
        "  --explain                       print each candidate deal, kept or rejected, with\n"
        "                                  its sentence, trigger and rule, to stderr\n"
        "\n"
        "exit status: 0 every input read cleanly, 1 some input was bad (events from the\n"
        "good parts are still printed), 2 usage error.\n",
        f);
}

static int parse_u64(const char *s, unsigned long long *v) {
  char *end;
  errno = 0;
  *v = strtoull(s, &end, 10);
  return errno == 0 && end != s && *end == 0;
}

int ds_cmd_extract(int argc, char **argv) {
  extract_run r;
  memset(&r, 0, sizeof r);
  r.out = stdout;
  int stats = 0;
  ds_pipe_opts po;
  ds_pipe_opts_default(&po);
  size_t art_max = DS_ARTICLE_MAX;
  int nfiles = 0;
  char **files = calloc((size_t)argc + 1, sizeof *files);
  if (!files) return DS_EXIT_USAGE;

  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *val = NULL;
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      extract_usage(stdout);
      free(files);
      return DS_EXIT_OK;
    }
#define NEEDS_VALUE()                                                          \
  do {                                                                         \
    if (i + 1 >= argc) {                                                       \
      fprintf(stderr, "dealstream extract: %s needs a value\n", a);           \
      free(files);                                                             \
      return DS_EXIT_USAGE;                                                    \
    }                                                                          \
    val = argv[++i];                                                           \
  } while (0)
    if (strcmp(a, "--format") == 0) {
      NEEDS_VALUE();
      if (strcmp(val, "json") == 0) r.json = 1;
      else if (strcmp(val, "msgpack") == 0) r.json = 0;
      else goto bad_value;
    } else if (strcmp(a, "--input-format") == 0) {
      NEEDS_VALUE();
      if (strcmp(val, "auto") == 0) po.format = DS_INPUT_AUTO;
      else if (strcmp(val, "jsonl") == 0) po.format = DS_INPUT_JSONL;
      else if (strcmp(val, "text") == 0) po.format = DS_INPUT_TEXT;
      else goto bad_value;
    } else if (strcmp(a, "--oversize") == 0) {
      NEEDS_VALUE();
      if (strcmp(val, "skip") == 0) po.oversize = DS_OVERSIZE_SKIP;
      else if (strcmp(val, "truncate") == 0) po.oversize = DS_OVERSIZE_TRUNCATE;
      else goto bad_value;
    } else if (strcmp(a, "--article-max") == 0) {
      unsigned long long v;
      NEEDS_VALUE();
      if (!parse_u64(val, &v) || v < 64 || v > (1ull << 31)) goto bad_value;
      art_max = (size_t)v;
    } else if (strcmp(a, "--max-output") == 0) {
      unsigned long long v;
      NEEDS_VALUE();
      if (!parse_u64(val, &v)) goto bad_value;
      po.decode.max_output = v;
    } else if (strcmp(a, "--max-ratio") == 0) {
      unsigned long long v;
      NEEDS_VALUE();
      if (!parse_u64(val, &v) || v > UINT32_MAX) goto bad_value;
      po.decode.max_ratio = (uint32_t)v;
    } else if (strcmp(a, "--stats") == 0) {
      stats = 1;
    } else if (strcmp(a, "--explain") == 0) {
      r.explain = 1;
    } else if (a[0] == '-' && a[1] != 0) {
      fprintf(stderr, "dealstream extract: unknown option '%s' (see --help)\n", a);
      free(files);
      return DS_EXIT_USAGE;
    } else {
      files[nfiles++] = argv[i];
    }
    continue;
  bad_value:
    fprintf(stderr, "dealstream extract: bad value '%s' for %s (see --help)\n", val, a);
    free(files);
    return DS_EXIT_USAGE;
  }
  if (nfiles == 0) files[nfiles++] = "-";

  /* Everything the pipeline uses is set up once, here; the data path allocates nothing. */
  void *xmem = aligned_alloc(_Alignof(max_align_t),
                             (ds_extract_memory() + _Alignof(max_align_t) - 1) /
                                 _Alignof(max_align_t) * _Alignof(max_align_t));
  ds_pipe *pipe = aligned_alloc(_Alignof(max_align_t),
                                (sizeof *pipe + _Alignof(max_align_t) - 1) /
                                    _Alignof(max_align_t) * _Alignof(max_align_t));
  char *art = malloc(art_max);
  r.json_cap = DS_EVENT_MAX * 6 + 16; /* worst case: every byte escaped as \u00XX */
  r.json_buf = malloc(r.json_cap);
  enum { IOBUF = 256 * 1024 };
  unsigned char *io = malloc(IOBUF);
  int status = DS_EXIT_OK;
  if (!xmem || !pipe || !art || !r.json_buf || !io) {
    fprintf(stderr, "dealstream extract: out of memory\n");
    status = DS_EXIT_BADINPUT;
    goto out;
  }
  ds_extractor *x = ds_extract_init(xmem, ds_extract_memory());
  if (!x) {
    fprintf(stderr, "dealstream extract: the rule tables do not fit their limits (DS__MAX_RELEMS, DS__MAX_RALTS)\n");
    status = DS_EXIT_BADINPUT;
    goto out;
  }
  if (r.explain) ds_extract_set_explain(x, explain_cb, &r);
  ds_pipe_callbacks cb = {on_event, NULL, on_error, &r};
  ds_pipe_stats total;
  memset(&total, 0, sizeof total);

  for (int f = 0; f < nfiles; f++) {
    int is_stdin = strcmp(files[f], "-") == 0;
    FILE *in = is_stdin ? stdin : fopen(files[f], "rb");
    r.name = is_stdin ? "<stdin>" : files[f];
    if (!in) {
      fprintf(stderr, "dealstream: %s: cannot open: %s\n", files[f], strerror(errno));
      r.bad = 1;
      continue;
    }
    if (ds_pipe_init(pipe, &po, art, art_max, x, &cb) != 0) { /* options checked above */
      fprintf(stderr, "dealstream: %s: cannot start the pipeline\n", r.name);
      if (!is_stdin) fclose(in);
      r.bad = 1;
      continue;
    }
    int failed = 0;
    for (;;) {
      size_t n = fread(io, 1, IOBUF, in);
      if (n > 0 && ds_pipe_push(pipe, io, n) < 0) {
        failed = 1;
        break;
      }
      if (n < IOBUF) {
        if (ferror(in)) {
          fprintf(stderr, "dealstream: %s: read error at byte %llu: %s\n", r.name,
                  (unsigned long long)pipe->stats.bytes_in, strerror(errno));
          r.bad = 1;
          failed = 1;
        }
        break;
      }
    }
    if (!failed && ds_pipe_finish(pipe) < 0) r.bad = 1;
    if (failed) r.bad = 1;
    if (!is_stdin) fclose(in);
    total.bytes_in += pipe->stats.bytes_in;
    total.bytes_out += pipe->stats.bytes_out;
    total.articles += pipe->stats.articles;
    total.events += pipe->stats.events;
    total.errors += pipe->stats.errors;
  }
  if (fflush(r.out) != 0 || r.out_failed) {
    fprintf(stderr, "dealstream extract: write error: %s\n", strerror(errno));
    r.bad = 1;
  }
  if (stats)
    fprintf(stderr,
            "dealstream: inputs %d, articles %llu, bytes in %llu, bytes out %llu, events %llu, "
            "errors %llu\n",
            nfiles, (unsigned long long)total.articles, (unsigned long long)total.bytes_in,
            (unsigned long long)total.bytes_out, (unsigned long long)total.events,
            (unsigned long long)total.errors);
  if (r.bad) status = DS_EXIT_BADINPUT;
out:
  free(io);
  free(r.json_buf);
  free(art);
  free(pipe);
  free(xmem);
  free(files);
  return status;
}
