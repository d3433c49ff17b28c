/* Framer tests. Every fixture is fed whole, one byte at a time and in random chunk
 * sizes (several fixed seeds); each feeding records every result into a text trace,
 * and all traces of a fixture must be identical. The whole-input trace is then
 * compared with the expected one. */
#include "dealstream/frame.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"

/* ---- a growable trace string (the test may allocate; the framer may not) ---- */

typedef struct trace {
  char *s;
  size_t len, cap;
} trace;

static void tr_put(trace *t, const char *s, size_t n) {
  if (t->len + n + 1 > t->cap) {
    size_t cap = t->cap ? t->cap : 256;
    while (t->len + n + 1 > cap) cap *= 2;
    t->s = realloc(t->s, cap);
    if (!t->s) abort();
    t->cap = cap;
  }
  memcpy(t->s + t->len, s, n);
  t->len += n;
  t->s[t->len] = '\0';
}

static void tr_printf(trace *t, const char *fmt, ...) {
  char tmp[512];
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) abort();
  tr_put(t, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* Printable ASCII as is; newline as \n; anything else as \xHH. */
static void tr_bytes(trace *t, const char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\n')
      tr_put(t, "\\n", 2);
    else if (c == '\\')
      tr_put(t, "\\\\", 2);
    else if (c >= 0x20 && c < 0x7F)
      tr_put(t, (const char *)&c, 1);
    else
      tr_printf(t, "\\x%02X", c);
  }
}

static void tr_field(trace *t, const ds_article *a, const char *name, ds_span sp,
                     size_t cap) {
  CHECK((size_t)sp.off + sp.len <= cap);
  if (!sp.len) return;
  tr_printf(t, " %s=[", name);
  tr_bytes(t, a->buf + sp.off, sp.len);
  tr_put(t, "]", 1);
}

static void tr_result(trace *t, const ds_framer *f, int rc, const ds_article *a,
                      const char *buf, size_t cap) {
  if (rc == 1) {
    CHECK(a->buf == buf);
    tr_printf(t, "A#%llu @%llu L%llu%s", (unsigned long long)a->index,
              (unsigned long long)a->offset, (unsigned long long)a->line,
              a->truncated ? " TRUNC" : "");
    tr_field(t, a, "id", a->id, cap);
    tr_field(t, a, "src", a->source, cap);
    tr_field(t, a, "url", a->url, cap);
    tr_field(t, a, "pub", a->published, cap);
    tr_field(t, a, "title", a->title, cap);
    tr_field(t, a, "body", a->body, cap);
    if (a->truncated)
      tr_printf(t, " (err %s @%llu L%llu id=%s)", ds_err_name(f->err.code),
                (unsigned long long)f->err.offset, (unsigned long long)f->err.line,
                f->err_id);
    tr_put(t, "\n", 1);
  } else {
    CHECK_EQ_INT(f->err.code, rc);
    tr_printf(t, "E %s @%llu L%llu id=%s\n", ds_err_name(rc),
              (unsigned long long)f->err.offset, (unsigned long long)f->err.line,
              f->err_id);
  }
}

/* ---- feeding ---- */

static uint32_t rng_next(uint32_t *s) {
  *s = *s * 1664525u + 1013904223u;
  return *s >> 8;
}

enum { FEED_WHOLE = 0, FEED_BYTES = 1 }; /* anything else: a random seed */

#define CANARY 32

/* Feed in[0..len) with the chunking `how`, return the trace (caller frees). */
static char *feed(const char *in, size_t len, ds_input_format fmt, ds_oversize ov,
                  size_t cap, uint32_t how) {
  ds_framer f;
  ds_article a;
  trace t = {0};
  char *buf = malloc(cap + CANARY);
  size_t pos = 0, i;
  uint32_t rng = how;
  int rc, guard;

  if (!buf) abort();
  memset(buf, 0xA5, cap + CANARY);
  CHECK_EQ_INT(ds_frame_init(&f, fmt, ov, buf, cap), 0);
  while (pos < len) {
    size_t chunk;
    if (how == FEED_WHOLE)
      chunk = len - pos;
    else if (how == FEED_BYTES)
      chunk = 1;
    else /* mostly small chunks, sometimes big ones */
      chunk = 1 + (rng_next(&rng) % 8 == 0 ? rng_next(&rng) % 4096 : rng_next(&rng) % 23);
    if (chunk > len - pos) chunk = len - pos;
    while (chunk) {
      size_t used = 12345;
      memset(&a, 0, sizeof a);
      rc = ds_frame_push(&f, in + pos, chunk, &used, &a);
      CHECK(used <= chunk);
      if (rc == 0) CHECK_EQ_INT(used, chunk);
      pos += used;
      chunk -= used;
      if (rc != 0) tr_result(&t, &f, rc, &a, buf, cap);
      CHECK_EQ_INT(f.offset, pos);
    }
  }
  for (guard = 0; guard < 4; guard++) {
    memset(&a, 0, sizeof a);
    rc = ds_frame_finish(&f, &a);
    if (rc == 0) break;
    tr_result(&t, &f, rc, &a, buf, cap);
  }
  CHECK(guard < 4);
  tr_printf(&t, "END n=%llu skipped=%llu off=%llu line=%llu fmt=%s\n",
            (unsigned long long)f.articles, (unsigned long long)f.skipped,
            (unsigned long long)f.offset, (unsigned long long)f.line,
            ds_input_format_name(f.format));
  for (i = cap; i < cap + CANARY; i++)
    if ((unsigned char)buf[i] != 0xA5) break;
  CHECK(i == cap + CANARY); /* nothing written past cap */
  free(buf);
  return t.s;
}

static const uint32_t seeds[] = {2, 7, 42, 1234, 99991, 31337};

/* Feed every way; all traces must agree. Returns the whole-input trace. */
static char *feed_all(const char *in, size_t len, ds_input_format fmt, ds_oversize ov,
                      size_t cap, const char *name) {
  char *whole = feed(in, len, fmt, ov, cap, FEED_WHOLE);
  char *other = feed(in, len, fmt, ov, cap, FEED_BYTES);
  size_t k;
  if (strcmp(whole, other) != 0)
    fprintf(stderr, "%s: byte-at-a-time differs:\n--- whole\n%s--- bytes\n%s", name,
            whole, other);
  CHECK(strcmp(whole, other) == 0);
  free(other);
  for (k = 0; k < sizeof seeds / sizeof seeds[0]; k++) {
    other = feed(in, len, fmt, ov, cap, seeds[k]);
    if (strcmp(whole, other) != 0)
      fprintf(stderr, "%s: seed %u differs:\n--- whole\n%s--- chunked\n%s", name,
              (unsigned)seeds[k], whole, other);
    CHECK(strcmp(whole, other) == 0);
    free(other);
  }
  return whole;
}

/* Frame a fixture every way and compare with the expected trace. */
static void expect_n(const char *name, const char *in, size_t len, ds_input_format fmt,
                     ds_oversize ov, size_t cap, const char *want) {
  char *got = feed_all(in, len, fmt, ov, cap, name);
  if (strcmp(got, want) != 0)
    fprintf(stderr, "%s: unexpected trace\n--- want\n%s--- got\n%s", name, want, got);
  CHECK(strcmp(got, want) == 0);
  free(got);
}

static void expect(const char *name, const char *in, ds_input_format fmt,
                   const char *want) {
  expect_n(name, in, strlen(in), fmt, DS_OVERSIZE_SKIP, 4096, want);
}

/* ---- JSON Lines ---- */

static void test_json_basic(void) {
  expect("json basic",
         "{\"id\": \"a1\", \"source\": \"Wire\", \"url\": \"http:\\/\\/x.com\\/1\", "
         "\"published\": \"2025-01-02\", \"title\": \"T\\\"q\\\\\", \"body\": "
         "\"l1\\nl2\\tt\\r\\b\\f\"}\n",
         DS_INPUT_AUTO,
         "A#0 @0 L1 id=[a1] src=[Wire] url=[http://x.com/1] pub=[2025-01-02] "
         "title=[T\"q\\\\] body=[l1\\nl2\\x09t\\x0D\\x08\\x0C]\n"
         "END n=1 skipped=0 off=132 line=2 fmt=jsonl\n");
}

static void test_json_unicode(void) {
  expect("json unicode",
         "{\"id\":\"u\",\"title\":\"caf\\u00e9 \\ud83d\\ude00 \\u20AC\",\"body\":"
         "\"lone \\ud83d x \\ude00 y \\ud83d\\u0041 z \\ud83d\\n w \\ud83d\\ud83d\\ude00\"}"
         "\n",
         DS_INPUT_AUTO,
         "A#0 @0 L1 id=[u] title=[caf\\xC3\\xA9 \\xF0\\x9F\\x98\\x80 \\xE2\\x82\\xAC] "
         "body=[lone \\xEF\\xBF\\xBD x \\xEF\\xBF\\xBD y \\xEF\\xBF\\xBDA z "
         "\\xEF\\xBF\\xBD\\n w \\xEF\\xBF\\xBD\\xF0\\x9F\\x98\\x80]\n"
         "END n=1 skipped=0 off=128 line=2 fmt=jsonl\n");
  /* raw UTF-8 passes through; a lone surrogate at the very end of the string */
  expect("json raw utf8",
         "{\"title\":\"\xC3\xA9t\xC3\xA9\",\"body\":\"end \\udbff\"}\n", DS_INPUT_JSONL,
         "A#0 @0 L1 title=[\\xC3\\xA9t\\xC3\\xA9] body=[end \\xEF\\xBF\\xBD]\n"
         "END n=1 skipped=0 off=38 line=2 fmt=jsonl\n");
}

static void test_json_extra_members(void) {
  expect("json extras",
         "{\"id\": 12345, \"gold\": {\"deals\": [{\"type\": \"merger\", \"parties\": "
         "[\"A\", \"B\\u0022\"], \"value\": -1.5e+3, \"ok\": true}, [], {}], "
         "\"n\": null}, \"score\": 0.25, \"flags\": [true, false, null, 0, -0, 1E9], "
         "\"title\": \"T\", \"nested\": [[[{\"title\": \"not me\"}]]], "
         "\"body\": \"B\", \"\\u0069d2\": \"x\"}\n"
         "{\"id\": -7.25e-2, \"\\u0074itle\": \"escaped key\", \"body\": null}\n"
         "{\"title\": 5, \"body\": \"num title ignored\", \"source\": [\"no\"]}\n",
         DS_INPUT_AUTO,
         "A#0 @0 L1 id=[12345] title=[T] body=[B]\n"
         "A#1 @271 L2 id=[-7.25e-2] title=[escaped key]\n"
         "A#2 @331 L3 body=[num title ignored]\n"
         "END n=3 skipped=0 off=391 line=4 fmt=jsonl\n");
}

static void test_json_lines(void) {
  /* CRLF, blank lines (incl. whitespace-only and \r-only), leading blanks */
  expect("json crlf blank",
         "\r\n  \n{\"id\":\"1\",\"body\":\"one\"}\r\n\r\n   \t\r\n"
         "  {\"id\":\"2\",\"title\":\"two\"}  \r\n\n",
         DS_INPUT_AUTO,
         "A#0 @5 L3 id=[1] body=[one]\n"
         "A#1 @38 L6 id=[2] title=[two]\n"
         "END n=2 skipped=0 off=69 line=8 fmt=jsonl\n");
  /* final line without newline: delivered by finish */
  expect("json no final newline", "{\"id\":\"1\",\"body\":\"a\"}\n{\"id\":\"2\",\"body\":\"b\"}",
         DS_INPUT_AUTO,
         "A#0 @0 L1 id=[1] body=[a]\n"
         "A#1 @22 L2 id=[2] body=[b]\n"
         "END n=2 skipped=0 off=43 line=2 fmt=jsonl\n");
  /* incomplete final line */
  expect("json incomplete final", "{\"id\":\"1\",\"body\":\"a\"}\n{\"id\":\"2\",\"body\":\"b",
         DS_INPUT_AUTO,
         "A#0 @0 L1 id=[1] body=[a]\n"
         "E EJSON @22 L2 id=2\n"
         "END n=1 skipped=1 off=41 line=2 fmt=jsonl\n");
  /* the number ends at the end of the stream, so the id counts as seen */
  expect("json incomplete number", "{\"id\":7", DS_INPUT_JSONL,
         "E EJSON @0 L1 id=7\n"
         "END n=0 skipped=1 off=7 line=1 fmt=jsonl\n");
  /* only unknown fields, or no text: skipped silently and not counted */
  expect("json no text",
         "{\"foo\": 1, \"bar\": {\"title\": \"x\"}}\n{\"id\": \"9\", \"body\": \"\"}\n{}\n"
         "{\"body\":\"kept\"}\n",
         DS_INPUT_AUTO,
         "A#0 @61 L4 body=[kept]\n"
         "END n=1 skipped=0 off=77 line=5 fmt=jsonl\n");
  /* duplicate member: the last one wins */
  expect("json duplicate", "{\"title\":\"first\",\"title\":\"second\"}\n", DS_INPUT_AUTO,
         "A#0 @0 L1 title=[second]\n"
         "END n=1 skipped=0 off=35 line=2 fmt=jsonl\n");
  /* raw tab and CR accepted inside strings */
  expect("json raw tab", "{\"body\":\"a\tb\rc\"}\n", DS_INPUT_AUTO,
         "A#0 @0 L1 body=[a\\x09b\\x0Dc]\n"
         "END n=1 skipped=0 off=17 line=2 fmt=jsonl\n");
}

static void test_json_malformed(void) {
  /* every line between the good ones is malformed in its own way */
  static const char in[] =
      "{\"id\":\"g1\",\"body\":\"good one\"}\n"                   /* L1 */
      "{\"id\":\"b2\",\"body\":\"unterminated\n"                  /* L2 */
      "{\"id\":\"g3\",\"title\":\"good three\"}\n"                /* L3 */
      "{\"id\":\"b4\",\"body\":\"x\"} trailing\n"                 /* L4 */
      "{\"id\":\"b5\",\"body\":\"bad \\q escape\"}\n"             /* L5 */
      "{\"body\":\"x\",\"id\":\"b6\"}}\n"                         /* L6 */
      "not json at all\n"                                         /* L7 */
      "{\"id\":\"b8\",\"body\":\"ctl \x01 char\"}\n"              /* L8 */
      "{\"id\":\"b9\",\"body\":\"x\",}\n"                         /* L9 */
      "{\"body\":\"x\" \"id\":\"b10\"}\n"                         /* L10 */
      "{\"id\":\"b11\",\"a\":[1,],\"body\":\"x\"}\n"              /* L11 */
      "{\"id\":\"b12\",\"a\":[1}],\"body\":\"x\"}\n"              /* L12 */
      "{\"id\":\"b13\",\"a\":tru,\"body\":\"x\"}\n"               /* L13 */
      "{\"id\":\"b14\",\"a\":01,\"body\":\"x\"}\n"                /* L14 */
      "{\"id\":\"b15\",\"a\":1.,\"body\":\"x\"}\n"                /* L15 */
      "{\"id\":\"b16\",\"body\":\"\\u12G4\"}\n"                   /* L16 */
      "{\"id\":\"b17\" \"body\":\"x\"}\n"                         /* L17 */
      "{\"id\":\"b18\",\"body\":\"x\"\n"                          /* L18 */
      "{\"id\":\"b19\",\"a\":{\"k\" 1},\"body\":\"x\"}\n"         /* L19 */
      "{\"id\":\"b20\",\"a\":'x',\"body\":\"x\"}\n"               /* L20 */
      "{\"id\":\"g21\",\"body\":\"good last\"}\n";                /* L21 */
  char want[4096];
  size_t off[22], k, o = 0;
  int n = 0;
  /* line start offsets */
  off[1] = 0;
  for (k = 0, n = 1; in[k]; k++)
    if (in[k] == '\n' && n < 21) off[++n] = k + 1;
  o = (size_t)snprintf(want, sizeof want, "A#0 @0 L1 id=[g1] body=[good one]\n"
                                           "E EJSON @%zu L2 id=b2\n"
                                           "A#2 @%zu L3 id=[g3] title=[good three]\n",
                       off[2], off[3]);
  for (k = 4; k <= 20; k++) {
    /* L6 has its id (after the body) but is bad after it; L7 and L10 have none */
    const char *id = k == 7 || k == 10 ? "" : NULL;
    char idbuf[8];
    if (!id) {
      snprintf(idbuf, sizeof idbuf, "b%zu", k);
      id = idbuf;
    }
    o += (size_t)snprintf(want + o, sizeof want - o, "E EJSON @%zu L%zu id=%s\n", off[k], k,
                          id);
  }
  o += (size_t)snprintf(want + o, sizeof want - o,
                        "A#20 @%zu L21 id=[g21] body=[good last]\n"
                        "END n=3 skipped=18 off=%zu line=22 fmt=jsonl\n",
                        off[21], strlen(in));
  expect("json malformed", in, DS_INPUT_AUTO, want);
}

static void test_json_deep(void) {
  /* nesting past DS_FRAME_MAX_DEPTH is malformed, just under it is fine */
  char in[4 * DS_FRAME_MAX_DEPTH + 64];
  char want[256];
  size_t o = 0, k;
  o += (size_t)sprintf(in + o, "{\"a\":");
  for (k = 0; k < DS_FRAME_MAX_DEPTH - 1; k++) in[o++] = '[';
  for (k = 0; k < DS_FRAME_MAX_DEPTH - 1; k++) in[o++] = ']';
  o += (size_t)sprintf(in + o, ",\"body\":\"ok\"}\n{\"a\":");
  for (k = 0; k < DS_FRAME_MAX_DEPTH; k++) in[o++] = '[';
  o += (size_t)sprintf(in + o, "]\n");
  snprintf(want, sizeof want,
           "A#0 @0 L1 body=[ok]\nE EJSON @%d L2 id=\n"
           "END n=1 skipped=1 off=%zu line=3 fmt=jsonl\n",
           2 * DS_FRAME_MAX_DEPTH + 17, o);
  expect_n("json deep", in, o, DS_INPUT_AUTO, DS_OVERSIZE_SKIP, 4096, want);
}

/* ---- oversize ---- */

static void test_oversize_json(void) {
  char in[4096], want[4096];
  size_t o = 0, k, l2, l3, l4, l5;
  o += (size_t)sprintf(in + o, "{\"id\":\"small1\",\"body\":\"fits\"}\n");
  l2 = o;
  o += (size_t)sprintf(in + o, "{\"id\":\"big\",\"title\":\"Big one\",\"body\":\"");
  for (k = 0; k < 300; k++) in[o++] = (char)('a' + k % 26);
  o += (size_t)sprintf(in + o, "\",\"x\":[1,2]}\n");
  /* raw 2-byte characters: id 2 + title 6 + "x" leave 247 bytes, so the cut falls
   * inside the 124th character, which must be dropped whole */
  l3 = o;
  o += (size_t)sprintf(in + o, "{\"id\":\"u8\",\"title\":\"Accent\",\"body\":\"x");
  for (k = 0; k < 200; k++) o += (size_t)sprintf(in + o, "\xC3\xA9");
  o += (size_t)sprintf(in + o, "\"}\n");
  /* the cut would fall inside a decoded 3-byte escape */
  l4 = o;
  o += (size_t)sprintf(in + o, "{\"id\":\"u3\",\"body\":\"x");
  for (k = 0; k < 100; k++) o += (size_t)sprintf(in + o, "\\u20ac");
  o += (size_t)sprintf(in + o, "\"}\n");
  l5 = o;
  o += (size_t)sprintf(in + o, "{\"id\":\"small2\",\"body\":\"fits too\"}");
  in[o] = '\0';

  /* skip mode */
  {
    snprintf(want, sizeof want,
             "A#0 @0 L1 id=[small1] body=[fits]\n"
             "E ETOOBIG @%zu L2 id=big\n"
             "E ETOOBIG @%zu L3 id=u8\n"
             "E ETOOBIG @%zu L4 id=u3\n"
             "A#4 @%zu L5 id=[small2] body=[fits too]\n"
             "END n=2 skipped=3 off=%zu line=5 fmt=jsonl\n",
             l2, l3, l4, l5, o);
    expect_n("oversize json skip", in, o, DS_INPUT_AUTO, DS_OVERSIZE_SKIP, 256, want);
  }
  /* truncate mode: what fits is kept, no character is split */
  {
    char *got = feed_all(in, o, DS_INPUT_AUTO, DS_OVERSIZE_TRUNCATE, 256, "trunc json");
    char body[2048];
    size_t b = 0;
    /* big: 3 + 7 = 10 bytes of id/title, 246 of body */
    for (k = 0; k < 246; k++) body[b++] = (char)('a' + k % 26);
    body[b] = '\0';
    snprintf(want, sizeof want,
             "A#1 @30 L2 TRUNC id=[big] title=[Big one] body=[%s] (err ETOOBIG @30 L2 "
             "id=big)\n",
             body);
    CHECK(strstr(got, want) != NULL);
    CHECK(strstr(got, "A#1 @30 L2 TRUNC") != NULL);
    /* u8: 2 + 6 + 1 = 9 bytes used, 247 left = 123 whole characters, 1 byte unused */
    b = (size_t)sprintf(body, "x");
    for (k = 0; k < 123; k++) b += (size_t)sprintf(body + b, "\\xC3\\xA9");
    snprintf(want, sizeof want, "A#2 @%zu L3 TRUNC id=[u8] title=[Accent] body=[%s] (", l3, body);
    CHECK(strstr(got, want) != NULL);
    /* u3: id 2 + "x" leave 253 bytes: 84 euro signs (252), the 85th does not fit */
    b = (size_t)sprintf(body, "x");
    for (k = 0; k < 84; k++) b += (size_t)sprintf(body + b, "\\xE2\\x82\\xAC");
    snprintf(want, sizeof want, "A#3 @%zu L4 TRUNC id=[u3] body=[%s] (", l4, body);
    CHECK(strstr(got, want) != NULL);
    snprintf(want, sizeof want, "A#4 @%zu L5 id=[small2] body=[fits too]\n", l5);
    CHECK(strstr(got, want) != NULL);
    CHECK(strstr(got, "END n=5 skipped=0") != NULL);
    free(got);
  }
}

static void test_oversize_text(void) {
  char in[4096], want[4096], body[1024];
  size_t o = 0, k, b = 0;
  o += (size_t)sprintf(in + o, "Id: t1\nTitle: small\n\nshort body\n\x1e\n");
  o += (size_t)sprintf(in + o, "Id: t2\nTitle: long\n\n");
  for (k = 0; k < 40; k++) o += (size_t)sprintf(in + o, "line %02zu of the long one\n", k);
  o += (size_t)sprintf(in + o, "\x1e\n");
  /* exactly at the limit with lots of trailing blanks: still fits */
  o += (size_t)sprintf(in + o, "Id: t3\n\n");
  for (k = 0; k < 252; k++) in[o++] = 'z';
  for (k = 0; k < 100; k++) in[o++] = k % 2 ? '\n' : ' ';
  o += (size_t)sprintf(in + o, "\x0c\nlast");
  in[o] = '\0';

  for (k = 0; k < 252; k++) body[b++] = 'z';
  body[b] = '\0';
  snprintf(want, sizeof want,
           "A#0 @0 L1 id=[t1] title=[small] body=[short body]\n"
           "E ETOOBIG @34 L6 id=t2\n"
           "A#2 @1016 L50 id=[t3] body=[%s]\n"
           "A#3 @1378 L103 body=[last]\n"
           "END n=3 skipped=1 off=1382 line=103 fmt=text\n",
           body);
  expect_n("oversize text skip", in, o, DS_INPUT_AUTO, DS_OVERSIZE_SKIP, 256, want);

  {
    char *got = feed_all(in, o, DS_INPUT_AUTO, DS_OVERSIZE_TRUNCATE, 256, "trunc text");
    const char *p = strstr(got, "A#1 @34 L6 TRUNC id=[t2] title=[long] body=[line 00 ");
    CHECK(p != NULL);
    CHECK(strstr(got, "(err ETOOBIG @34 L6 id=t2)\n") != NULL);
    CHECK(strstr(got, "END n=4 skipped=0") != NULL);
    free(got);
  }
}

/* ---- plain text ---- */

static void test_text(void) {
  expect("text headers",
         "Id: 42\nSOURCE:  Reuters \r\nurl: http://r.com/a\nPublished: 2024-05-06\n"
         "Title: Acme buys Widget\n\n\n  Acme Corp said on Monday it would buy Widget.\n"
         "\nSecond paragraph.  \n\n\x1e\n"
         "\n\nTitle: second\r\nno blank line before this body\nId: not a header\n\x0c\r\n"
         "Just a body, no headers.\nId: 5 is body text here\n\x1e",
         DS_INPUT_AUTO,
         "A#0 @0 L1 id=[42] src=[Reuters] url=[http://r.com/a] pub=[2024-05-06] "
         "title=[Acme buys Widget] body=[Acme Corp said on Monday it would buy Widget.\\n"
         "\\nSecond paragraph.]\n"
         "A#1 @168 L15 title=[second] body=[no blank line before this body\\nId: not a "
         "header]\n"
         "A#2 @234 L19 body=[Just a body, no headers.\\nId: 5 is body text here]\n"
         "END n=3 skipped=0 off=284 line=21 fmt=text\n");
  /* no separator at all: one article, delivered by finish */
  expect("text no separator", "Plain words.\nMore words.\n\n", DS_INPUT_AUTO,
         "A#0 @0 L1 body=[Plain words.\\nMore words.]\n"
         "END n=1 skipped=0 off=26 line=4 fmt=text\n");
  /* empty records, separators at the start and end, header-only records */
  expect("text empty and header-only",
         "\x1e\n\x1e\n  \n\x0c\nTitle: only a title\n\x1e\nId: 7\nSource: x\n\n\x1e\n"
         "Title: t\nUrl: u\n\n   \n\x0c\n\x1e\n",
         DS_INPUT_TEXT,
         "A#0 @9 L5 title=[only a title]\n"
         "A#1 @50 L11 url=[u] title=[t]\n"
         "END n=2 skipped=0 off=75 line=17 fmt=text\n");
  /* lines that look like separators but are not; a lone separator at the end */
  expect("text fake separators",
         "a\n \x1e\n\x1e x\n\x1e\r\r\n\x0c\x0c\nb\x1e\n\x1e",
         DS_INPUT_AUTO,
         "A#0 @0 L1 body=[a\\n \\x1E\\n\\x1E x\\n\\x1E\\x0D\\x0D\\n\\x0C\\x0C\\nb\\x1E]\n"
         "END n=1 skipped=0 off=20 line=7 fmt=text\n");
  /* a record that begins with a non-separator RS line */
  expect("text rs content", "\x1exyz\nmore\n\x1e\r\nnext", DS_INPUT_AUTO,
         "A#0 @0 L1 body=[\\x1Exyz\\nmore]\n"
         "A#1 @13 L4 body=[next]\n"
         "END n=2 skipped=0 off=17 line=4 fmt=text\n");
  /* headers: case, no space after the colon, unknown keys, partial keys, empty value */
  expect("text header edge cases",
         "tItLe:NoSpace\nID:\t x \t\nAuthor: someone\nbody\n\x1e\n"
         "Titl: nope\n\x1e\nTitle:\n\nb2\n\x1e\nTitle : spaced\n\x1e\nPublishedX: no\n",
         DS_INPUT_AUTO,
         "A#0 @0 L1 id=[x] title=[NoSpace] body=[Author: someone\\nbody]\n"
         "A#1 @46 L6 body=[Titl: nope]\n"
         "A#2 @59 L8 body=[b2]\n"
         "A#3 @72 L12 body=[Title : spaced]\n"
         "A#4 @89 L14 body=[PublishedX: no]\n"
         "END n=5 skipped=0 off=104 line=15 fmt=text\n");
  /* '{' not first: text; explicit text format takes a JSON-looking line as body */
  expect("text json-looking", "{\"body\":\"x\"}\n", DS_INPUT_TEXT,
         "A#0 @0 L1 body=[{\"body\":\"x\"}]\n"
         "END n=1 skipped=0 off=13 line=2 fmt=text\n");
  expect("text crlf", "Title: T\r\n\r\nBody line\r\nline 2\r\n\x1e\r\n", DS_INPUT_AUTO,
         "A#0 @0 L1 title=[T] body=[Body line\\x0D\\nline 2]\n"
         "END n=1 skipped=0 off=34 line=6 fmt=text\n");
}

static void test_misc(void) {
  ds_framer f;
  ds_article a;
  char buf[64];
  size_t used = 99;
  CHECK_EQ_INT(ds_frame_init(&f, DS_INPUT_AUTO, DS_OVERSIZE_SKIP, buf, 63), DS_EINVAL);
  CHECK_EQ_INT(ds_frame_init(&f, DS_INPUT_AUTO, DS_OVERSIZE_SKIP, NULL, 64), DS_EINVAL);
  CHECK_EQ_INT(ds_frame_init(&f, (ds_input_format)7, DS_OVERSIZE_SKIP, buf, 64), DS_EINVAL);
  CHECK_EQ_INT(ds_frame_init(&f, DS_INPUT_AUTO, (ds_oversize)5, buf, 64), DS_EINVAL);
  CHECK_EQ_INT(ds_frame_init(&f, DS_INPUT_AUTO, DS_OVERSIZE_SKIP, buf, 64), 0);
  CHECK_EQ_INT(f.format, DS_INPUT_AUTO);
  CHECK_EQ_INT(f.line, 1);
  CHECK_EQ_INT(ds_frame_push(&f, NULL, 0, &used, &a), 0);
  CHECK_EQ_INT(used, 0);
  CHECK_EQ_INT(ds_frame_push(&f, " \n\t", 3, &used, &a), 0);
  CHECK_EQ_INT(f.format, DS_INPUT_AUTO); /* nothing but blanks yet */
  CHECK_EQ_INT(ds_frame_finish(&f, &a), 0);
  CHECK_EQ_INT(ds_frame_finish(&f, &a), 0);
  CHECK(strcmp(ds_input_format_name(DS_INPUT_AUTO), "auto") == 0);
  CHECK(strcmp(ds_input_format_name(DS_INPUT_JSONL), "jsonl") == 0);
  CHECK(strcmp(ds_input_format_name(DS_INPUT_TEXT), "text") == 0);
  /* the push stops right after an article; the rest is the next call's */
  CHECK_EQ_INT(ds_frame_init(&f, DS_INPUT_AUTO, DS_OVERSIZE_SKIP, buf, 64), 0);
  CHECK_EQ_INT(ds_frame_push(&f, "{\"body\":\"x\"}\n{\"body\":\"y\"}\n", 26, &used, &a), 1);
  CHECK_EQ_INT(used, 13);
  CHECK_EQ_INT(f.format, DS_INPUT_JSONL);
  CHECK_EQ_INT(f.articles, 1);
  CHECK_EQ_INT(f.offset, 13);
  CHECK_EQ_INT(f.line, 2);
  CHECK_EQ_INT(ds_frame_push(&f, "{\"body\":\"y\"}\n", 13, &used, &a), 1);
  CHECK(a.body.len == 1 && a.buf[a.body.off] == 'y');
  CHECK_EQ_INT(a.index, 1);
  CHECK_EQ_INT(ds_frame_finish(&f, &a), 0);
}

/* ---- randomized inputs: whatever they are, every chunking must agree ---- */

static void test_fuzz_chunking(void) {
  static const char *const frags[] = {
      "{", "}", "[", "]", "\"", ":", ",", " ", "\t", "\r", "\n", "\r\n", "\x1e", "\x0c",
      "\\", "\\u", "\\ud83d", "\\ude00", "d83d", "\\n", "\\\"", "00e9", "\xC3\xA9",
      "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\"id\"", "\"title\"", "\"body\"",
      "\"source\"", "\"gold\"", "true", "null", "-1.5e3", "0", "12", "Id: ", "Title: ",
      "Url:", "published:", "\n\n", "\x1e\n", "\x0c\r\n", "word ", "text, more text. ",
      "{\"id\":\"f\",\"body\":\"", "\"}\n", "\"title\":\"x\",", "\x01"};
  uint32_t rng = 20250917;
  char in[1200];
  int round;
  for (round = 0; round < 300; round++) {
    size_t o = 0, cap = 64 + rng_next(&rng) % 200;
    ds_input_format fmt = (ds_input_format)(rng_next(&rng) % 3);
    ds_oversize ov = rng_next(&rng) % 2 ? DS_OVERSIZE_TRUNCATE : DS_OVERSIZE_SKIP;
    char *got;
    while (o < sizeof in - 64) {
      const char *fr = frags[rng_next(&rng) % (sizeof frags / sizeof frags[0])];
      size_t fl = strlen(fr);
      memcpy(in + o, fr, fl);
      o += fl;
      if (rng_next(&rng) % 40 == 0) break;
    }
    got = feed_all(in, o, fmt, ov, cap, "fuzz");
    free(got);
  }
}

/* ---- the real evaluation file ---- */

static void test_dev_jsonl(void) {
  const char *dir = getenv("DS_SHARED");
  char path[4096];
  FILE *fp;
  char *data, *got;
  long size;
  size_t n, count = 0;
  const char *p;
  if (!dir || !*dir) {
    printf("DS_SHARED not set: dev.jsonl test skipped\n");
    return;
  }
  snprintf(path, sizeof path, "%s/eval/dev.jsonl", dir);
  fp = fopen(path, "rb");
  CHECK(fp != NULL);
  if (!fp) return;
  fseek(fp, 0, SEEK_END);
  size = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  data = malloc((size_t)size + 1);
  if (!data) abort();
  n = fread(data, 1, (size_t)size, fp);
  fclose(fp);
  CHECK_EQ_INT(n, size);
  got = feed_all(data, n, DS_INPUT_AUTO, DS_OVERSIZE_SKIP, DS_ARTICLE_MAX, "dev.jsonl");
  for (p = got; (p = strstr(p, "A#")) != NULL; p += 2)
    if (p == got || p[-1] == '\n') count++;
  CHECK_EQ_INT(count, 197);
  CHECK(strstr(got, "\nE ") == NULL && strncmp(got, "E ", 2) != 0);
  CHECK(strstr(got, "END n=197 skipped=0") != NULL);
  CHECK(strstr(got, "line=198 fmt=jsonl") != NULL);
  /* the gold members are skipped: no article text mentions the key */
  CHECK(strstr(got, "\"deals\"") == NULL);
  free(got);
  free(data);
}

int main(void) {
  test_misc();
  test_json_basic();
  test_json_unicode();
  test_json_extra_members();
  test_json_lines();
  test_json_malformed();
  test_json_deep();
  test_oversize_json();
  test_oversize_text();
  test_text();
  test_fuzz_chunking();
  test_dev_jsonl();
  return T_DONE();
}
