/* Decoder tests: round trips in every chunking and output size, multi-member gzip,
 * corruption, truncation, trailing garbage, the bomb caps, sticky errors. All inputs
 * are made here with zlib's deflate from pseudo-random text (fixed seeds). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "dealstream/decode.h"
#include "t.h"

/* ---- helpers ------------------------------------------------------------------- */

static uint64_t rng_state;

static uint64_t rnd(void) {
  /* xorshift64* */
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 0x2545F4914F6CDD1Dull;
}

typedef struct buf {
  unsigned char *p;
  size_t len, cap;
} buf;

static void buf_put(buf *b, const void *s, size_t n) {
  if (b->len + n > b->cap) {
    size_t c = b->cap ? b->cap : 4096;
    while (c < b->len + n)
      c *= 2;
    b->p = realloc(b->p, c);
    if (!b->p) {
      fprintf(stderr, "out of memory\n");
      exit(2);
    }
    b->cap = c;
  }
  if (n)
    memcpy(b->p + b->len, s, n);
  b->len += n;
}

static void buf_free(buf *b) {
  free(b->p);
  b->p = NULL;
  b->len = b->cap = 0;
}

static buf cat(const buf *a, const buf *b) {
  buf r = {0};
  buf_put(&r, a->p, a->len);
  buf_put(&r, b->p, b->len);
  return r;
}

/* News-like text: words from a small vocabulary plus random ones, numbers, lines. */
static buf make_text(size_t n, uint64_t seed) {
  static const char *const vocab[] = {
      "the",   "company", "said",     "acquire", "merger",  "shares",  "billion",
      "deal",  "agreed",  "to",       "of",      "and",     "Reuters", "Inc",
      "Corp",  "percent", "stake",    "bid",     "offer",   "in",      "a",
      "would", "board",   "approved", "sale",    "unit",    "for",     "million"};
  buf b = {0};
  rng_state = seed;
  while (b.len < n) {
    uint64_t r = rnd();
    char w[32];
    size_t k = 0;
    if (r % 5 == 0) {
      size_t len = 2 + (size_t)(r >> 8) % 10;
      for (k = 0; k < len; k++)
        w[k] = (char)('a' + rnd() % 26);
    } else if (r % 11 == 1) {
      k = (size_t)snprintf(w, sizeof w, "%u", (unsigned)(rnd() % 100000));
    } else {
      const char *v = vocab[(r >> 16) % (sizeof vocab / sizeof vocab[0])];
      k = strlen(v);
      memcpy(w, v, k);
    }
    w[k++] = (r >> 40) % 13 == 0 ? '\n' : ' ';
    buf_put(&b, w, k);
  }
  b.len = n;
  return b;
}

enum { W_GZIP = 31, W_ZLIB = 15, W_RAW = -15 };

static buf compress_to(const unsigned char *s, size_t n, int wbits, int level, int strategy) {
  z_stream z;
  buf out = {0};
  unsigned char tmp[65536];
  int r;
  memset(&z, 0, sizeof z);
  if (deflateInit2(&z, level, Z_DEFLATED, wbits, 8, strategy) != Z_OK) {
    fprintf(stderr, "deflateInit2 failed\n");
    exit(2);
  }
  z.next_in = (Bytef *)(uintptr_t)s;
  z.avail_in = (uInt)n;
  do {
    z.next_out = tmp;
    z.avail_out = sizeof tmp;
    r = deflate(&z, Z_FINISH);
    buf_put(&out, tmp, sizeof tmp - z.avail_out);
  } while (r == Z_OK || (r == Z_BUF_ERROR && z.avail_out == 0));
  if (r != Z_STREAM_END) {
    fprintf(stderr, "deflate failed: %d\n", r);
    exit(2);
  }
  deflateEnd(&z);
  return out;
}

static buf pack(const buf *s, int wbits) {
  return compress_to(s->p, s->len, wbits, 6, Z_DEFAULT_STRATEGY);
}

/* ---- the caller's loop, as documented in decode.h ------------------------------ */

enum { CH_WHOLE, CH_ONE, CH_RANDOM };

typedef struct result {
  buf out;
  int rc;         /* first error from ds_decode, or 0 */
  int frc;        /* ds_decode_finish (only called when rc == 0) */
  int contract;   /* every call kept the contract and the loop made progress */
  size_t in_sum;  /* sum of *in_used */
} result;

static ds_decoder *dec; /* 48 KiB+: not on the stack */

static size_t next_chunk(int chunking, size_t left) {
  size_t c;
  switch (chunking) {
  case CH_ONE:
    c = 1;
    break;
  case CH_RANDOM: {
    uint64_t r = rnd();
    c = r % 4 == 0 ? 1 + (size_t)(r >> 8) % 16 : 1 + (size_t)(r >> 8) % 70000;
    break;
  }
  default:
    c = left;
  }
  return c < left ? c : left;
}

static result run(const ds_decode_opts *o, const unsigned char *in, size_t n, int chunking,
                  size_t out_cap) {
  result r = {{0}, 0, 0, 1, 0};
  unsigned char *ob = malloc(out_cap);
  size_t pos = 0;
  int rc;
  rng_state = 0x9E3779B97F4A7C15ull ^ n;
  rc = ds_decode_init(dec, o);
  if (rc || !ob) {
    r.rc = rc ? rc : DS_ENOMEM;
    r.contract = 0;
    free(ob);
    return r;
  }
  while (pos < n && r.rc == 0) {
    size_t clen = next_chunk(chunking, n - pos);
    const unsigned char *cin = in + pos;
    pos += clen;
    while (clen) {
      size_t used = 12345, got = 12345;
      rc = ds_decode(dec, cin, clen, &used, ob, out_cap, &got);
      if (used > clen || got > out_cap) {
        r.contract = 0;
        break;
      }
      buf_put(&r.out, ob, got);
      r.in_sum += used;
      if (rc) {
        r.rc = rc;
        break;
      }
      /* Less input used only with a full output buffer; and progress always. */
      if ((used < clen && got != out_cap) || (used == 0 && got == 0)) {
        r.contract = 0;
        r.rc = DS_ESTATE;
        break;
      }
      cin += used;
      clen -= used;
    }
  }
  if (r.rc == 0)
    r.frc = ds_decode_finish(dec);
  free(ob);
  return r;
}

static ds_decode_opts opts_codec(ds_codec c) {
  ds_decode_opts o;
  ds_decode_opts_default(&o);
  o.codec = c;
  return o;
}

static int same(const result *r, const unsigned char *p, size_t n) {
  return r->out.len == n && (n == 0 || memcmp(r->out.p, p, n) == 0);
}

static int is_prefix(const result *r, const unsigned char *p, size_t n) {
  return r->out.len <= n && (r->out.len == 0 || memcmp(r->out.p, p, r->out.len) == 0);
}

/* ---- tests ----------------------------------------------------------------------- */

static void test_names(void) {
  ds_decode_opts o;
  CHECK(strcmp(ds_codec_name(DS_CODEC_AUTO), "auto") == 0);
  CHECK(strcmp(ds_codec_name(DS_CODEC_GZIP), "gzip") == 0);
  CHECK(strcmp(ds_codec_name(DS_CODEC_ZLIB), "zlib") == 0);
  CHECK(strcmp(ds_codec_name(DS_CODEC_DEFLATE), "deflate") == 0);
  CHECK(strcmp(ds_codec_name(DS_CODEC_NONE), "none") == 0);
  CHECK(strcmp(ds_strerror(DS_EDATA), "corrupt compressed data") == 0);
  CHECK(strcmp(ds_strerror(DS_EBOMB), "decompression limit exceeded") == 0);
  CHECK(strcmp(ds_strerror(DS_ETRUNC), "truncated compressed stream") == 0);
  CHECK(strcmp(ds_err_name(DS_EDATA), "EDATA") == 0);
  CHECK(strcmp(ds_err_name(DS_ETRUNC), "ETRUNC") == 0);
  CHECK(strcmp(ds_err_name(DS_EBOMB), "EBOMB") == 0);
  CHECK(strcmp(ds_err_name(DS_ESTATE), "ESTATE") == 0);
  CHECK(strcmp(ds_err_name(DS_ENOMEM), "ENOMEM") == 0);
  CHECK(ds_decode_memory() == sizeof(ds_decoder));
  ds_decode_opts_default(&o);
  CHECK_EQ_INT(o.codec, DS_CODEC_AUTO);
  CHECK(o.max_output == DS_DECODE_MAX_OUTPUT);
  CHECK_EQ_INT(o.max_ratio, DS_DECODE_MAX_RATIO);
}

static void test_args(void) {
  ds_decode_opts o = opts_codec((ds_codec)99);
  size_t used, got;
  unsigned char b[4];
  CHECK_EQ_INT(ds_decode_init(NULL, NULL), DS_EINVAL);
  CHECK_EQ_INT(ds_decode_init(dec, &o), DS_EINVAL);
  CHECK_EQ_INT(ds_decode_init(dec, NULL), 0);
  CHECK_EQ_INT(dec->codec, DS_CODEC_AUTO);
  CHECK_EQ_INT(ds_decode(dec, NULL, 3, &used, b, sizeof b, &got), DS_EINVAL);
  CHECK_EQ_INT(ds_decode(dec, b, 1, NULL, b, sizeof b, &got), DS_EINVAL);
  CHECK_EQ_INT(dec->err.code, 0); /* argument errors are not sticky */
  CHECK_EQ_INT(ds_decode(dec, NULL, 0, &used, b, sizeof b, &got), 0);
  CHECK_EQ_INT(ds_decode_finish(dec), 0); /* empty plain input */
  CHECK_EQ_INT(ds_decode_finish(NULL), DS_EINVAL);
}

/* Every format x codec request x input chunking x output size gives the text back. */
static void test_round_trips(const buf *text) {
  static const size_t caps[] = {1, 7, 65536, 1u << 20};
  struct {
    buf data;
    ds_codec req;
    ds_codec want;
    uint32_t members;
  } cases[8];
  buf gz = compress_to(text->p, text->len, W_GZIP, 9, Z_DEFAULT_STRATEGY);
  buf zl = compress_to(text->p, text->len, W_ZLIB, 1, Z_DEFAULT_STRATEGY);
  buf raw = compress_to(text->p, text->len, W_RAW, 6, Z_DEFAULT_STRATEGY);
  buf fixed = compress_to(text->p, text->len, W_RAW, 6, Z_FIXED);
  size_t nc = 0, i, k;
  int ch;
  cases[nc].data = gz, cases[nc].req = DS_CODEC_AUTO, cases[nc].want = DS_CODEC_GZIP, cases[nc++].members = 1;
  cases[nc].data = gz, cases[nc].req = DS_CODEC_GZIP, cases[nc].want = DS_CODEC_GZIP, cases[nc++].members = 1;
  cases[nc].data = zl, cases[nc].req = DS_CODEC_AUTO, cases[nc].want = DS_CODEC_ZLIB, cases[nc++].members = 1;
  cases[nc].data = zl, cases[nc].req = DS_CODEC_ZLIB, cases[nc].want = DS_CODEC_ZLIB, cases[nc++].members = 1;
  cases[nc].data = raw, cases[nc].req = DS_CODEC_DEFLATE, cases[nc].want = DS_CODEC_DEFLATE, cases[nc++].members = 1;
  cases[nc].data = fixed, cases[nc].req = DS_CODEC_DEFLATE, cases[nc].want = DS_CODEC_DEFLATE, cases[nc++].members = 1;
  cases[nc].data = *text, cases[nc].req = DS_CODEC_AUTO, cases[nc].want = DS_CODEC_NONE, cases[nc++].members = 0;
  cases[nc].data = *text, cases[nc].req = DS_CODEC_NONE, cases[nc].want = DS_CODEC_NONE, cases[nc++].members = 0;

  for (i = 0; i < nc; i++) {
    for (ch = CH_WHOLE; ch <= CH_RANDOM; ch++) {
      for (k = 0; k < sizeof caps / sizeof caps[0]; k++) {
        ds_decode_opts o = opts_codec(cases[i].req);
        result r = run(&o, cases[i].data.p, cases[i].data.len, ch, caps[k]);
        int ok = r.rc == 0 && r.frc == 0 && r.contract && same(&r, text->p, text->len) &&
                 r.in_sum == cases[i].data.len && dec->total_in == cases[i].data.len &&
                 dec->total_out == text->len && dec->codec == cases[i].want &&
                 dec->members == cases[i].members;
        if (!ok)
          fprintf(stderr,
                  "round trip case %zu (%s) chunking %d cap %zu: rc %d frc %d contract %d "
                  "out %zu/%zu in %zu/%zu codec %s members %u\n",
                  i, ds_codec_name(cases[i].want), ch, caps[k], r.rc, r.frc, r.contract,
                  r.out.len, text->len, r.in_sum, cases[i].data.len,
                  ds_codec_name(dec->codec), (unsigned)dec->members);
        CHECK(ok);
        buf_free(&r.out);
      }
    }
  }
  buf_free(&gz);
  buf_free(&zl);
  buf_free(&raw);
  buf_free(&fixed);
}

/* cat a.gz b.gz (and an empty member in between). */
static void test_multi_member(const buf *text) {
  buf a = {0}, b = {0}, empty = {0};
  buf ga, gb, ge, two, three, tmp, want2, za, zb, ztwo;
  static const size_t caps[] = {1, 7, 65536};
  size_t k;
  int ch;
  buf_put(&a, text->p, text->len / 3);
  buf_put(&b, text->p + text->len / 3, text->len - text->len / 3);
  ga = pack(&a, W_GZIP);
  gb = pack(&b, W_GZIP);
  ge = pack(&empty, W_GZIP);
  two = cat(&ga, &gb);
  tmp = cat(&ga, &ge);
  three = cat(&tmp, &gb);
  za = pack(&a, W_ZLIB);
  zb = pack(&b, W_ZLIB);
  ztwo = cat(&za, &zb);
  want2 = cat(&a, &b);
  CHECK(ge.len > 0);

  for (ch = CH_WHOLE; ch <= CH_RANDOM; ch++) {
    for (k = 0; k < sizeof caps / sizeof caps[0]; k++) {
      ds_decode_opts o = opts_codec(DS_CODEC_AUTO);
      ds_decode_opts og = opts_codec(DS_CODEC_GZIP);
      ds_decode_opts oz = opts_codec(DS_CODEC_ZLIB);
      result r = run(&o, two.p, two.len, ch, caps[k]);
      CHECK(r.rc == 0 && r.frc == 0 && r.contract && same(&r, want2.p, want2.len));
      CHECK_EQ_INT(dec->members, 2);
      CHECK_EQ_INT(dec->codec, DS_CODEC_GZIP);
      buf_free(&r.out);

      r = run(&og, three.p, three.len, ch, caps[k]);
      CHECK(r.rc == 0 && r.frc == 0 && r.contract && same(&r, want2.p, want2.len));
      CHECK_EQ_INT(dec->members, 3);
      CHECK(dec->total_in == three.len);
      buf_free(&r.out);

      r = run(&oz, ztwo.p, ztwo.len, ch, caps[k]);
      CHECK(r.rc == 0 && r.frc == 0 && r.contract && same(&r, want2.p, want2.len));
      CHECK_EQ_INT(dec->members, 2);
      buf_free(&r.out);
    }
  }
  /* A lone empty member, and two of them. */
  {
    ds_decode_opts o = opts_codec(DS_CODEC_AUTO);
    buf ee = cat(&ge, &ge);
    result r = run(&o, ge.p, ge.len, CH_ONE, 7);
    CHECK(r.rc == 0 && r.frc == 0 && r.out.len == 0 && dec->members == 1);
    buf_free(&r.out);
    r = run(&o, ee.p, ee.len, CH_ONE, 1);
    CHECK(r.rc == 0 && r.frc == 0 && r.out.len == 0 && dec->members == 2);
    buf_free(&r.out);
    buf_free(&ee);
  }
  buf_free(&a);
  buf_free(&b);
  buf_free(&ga);
  buf_free(&gb);
  buf_free(&ge);
  buf_free(&two);
  buf_free(&tmp);
  buf_free(&three);
  buf_free(&za);
  buf_free(&zb);
  buf_free(&ztwo);
  buf_free(&want2);
}

/* Flip one byte at pos of data (whose first `base` bytes are other, good members).
 * The decoder must stop with DS_EDATA past pos and no later than member_end, after
 * delivering at least what the good prefix decodes to. */
static void check_corrupt(const buf *data, size_t base, size_t pos, size_t member_end,
                          const unsigned char *want, size_t want_len, int chunking,
                          size_t cap) {
  ds_decode_opts o = opts_codec(DS_CODEC_AUTO);
  buf bad = {0};
  result pre, r;
  size_t used, got;
  unsigned char ob[16];
  buf_put(&bad, data->p, data->len);
  bad.p[pos] ^= 0x5a;

  pre = run(&o, bad.p, pos, CH_WHOLE, 1u << 20);
  CHECK_EQ_INT(pre.rc, 0);
  CHECK(pre.out.len > 0 && pre.out.len <= want_len);

  r = run(&o, bad.p, bad.len, chunking, cap);
  CHECK_EQ_INT(r.rc, DS_EDATA);
  CHECK_EQ_INT(dec->err.code, DS_EDATA);
  CHECK(dec->err.offset > pos && dec->err.offset <= member_end);
  CHECK(dec->err.offset > base);
  CHECK(r.out.len >= pre.out.len && memcmp(r.out.p, want, pre.out.len) == 0);
  CHECK(r.contract);

  /* Sticky: every later call says DS_ESTATE and does nothing; finish repeats it. */
  CHECK_EQ_INT(ds_decode(dec, bad.p, bad.len, &used, ob, sizeof ob, &got), DS_ESTATE);
  CHECK(used == 0 && got == 0);
  CHECK_EQ_INT(ds_decode(dec, bad.p, 0, &used, ob, sizeof ob, &got), DS_ESTATE);
  CHECK_EQ_INT(ds_decode_finish(dec), DS_EDATA);
  CHECK_EQ_INT(dec->err.code, DS_EDATA);

  /* init clears it. */
  r.rc = ds_decode_init(dec, &o);
  CHECK_EQ_INT(r.rc, 0);
  CHECK_EQ_INT(ds_decode(dec, "ab", 2, &used, ob, sizeof ob, &got), 0);
  CHECK(used == 2 && got == 2 && memcmp(ob, "ab", 2) == 0);

  buf_free(&pre.out);
  buf_free(&r.out);
  buf_free(&bad);
}

static void test_corrupt(const buf *text) {
  buf a = {0}, b = {0};
  buf ga, gb, two, zl;
  buf_put(&a, text->p, text->len / 2);
  buf_put(&b, text->p + text->len / 2, text->len - text->len / 2);
  ga = pack(&a, W_GZIP);
  gb = pack(&b, W_GZIP);
  two = cat(&ga, &gb);
  zl = pack(text, W_ZLIB);

  check_corrupt(&ga, 0, ga.len / 2, ga.len, a.p, a.len, CH_WHOLE, 1u << 20);
  check_corrupt(&ga, 0, ga.len / 2, ga.len, a.p, a.len, CH_ONE, 7);
  check_corrupt(&ga, 0, ga.len / 3, ga.len, a.p, a.len, CH_RANDOM, 65536);
  /* In the second member: the first member's text comes out whole. */
  check_corrupt(&two, ga.len, ga.len + gb.len / 2, two.len, text->p, text->len, CH_WHOLE,
                65536);
  check_corrupt(&two, ga.len, ga.len + gb.len / 2, two.len, text->p, text->len, CH_RANDOM, 1);
  check_corrupt(&zl, 0, zl.len / 2, zl.len, text->p, text->len, CH_WHOLE, 65536);

  /* A bad gzip method byte (offset 2) is reported where zlib stopped: it reads the
   * method and flags bytes as one 16-bit field, so just past the flags byte. */
  {
    ds_decode_opts o = opts_codec(DS_CODEC_AUTO);
    buf bad = {0};
    result r;
    buf_put(&bad, ga.p, ga.len);
    bad.p[2] = 7; /* CM must be 8 */
    r = run(&o, bad.p, bad.len, CH_ONE, 7);
    CHECK_EQ_INT(r.rc, DS_EDATA);
    CHECK_EQ_INT(dec->err.offset, 4);
    CHECK_EQ_INT(r.out.len, 0);
    buf_free(&r.out);
    buf_free(&bad);
  }
  buf_free(&a);
  buf_free(&b);
  buf_free(&ga);
  buf_free(&gb);
  buf_free(&two);
  buf_free(&zl);
}

static void check_trunc(ds_codec req, const buf *data, size_t cut, const buf *text,
                        int chunking, size_t cap) {
  ds_decode_opts o = opts_codec(req);
  result r = run(&o, data->p, cut, chunking, cap);
  CHECK_EQ_INT(r.rc, 0);
  CHECK_EQ_INT(r.frc, DS_ETRUNC);
  CHECK_EQ_INT(dec->err.code, DS_ETRUNC);
  CHECK_EQ_INT(dec->err.offset, cut);
  CHECK(is_prefix(&r, text->p, text->len));
  CHECK(r.contract);
  CHECK_EQ_INT(ds_decode_finish(dec), DS_ETRUNC);
  buf_free(&r.out);
}

static void test_truncated(const buf *text) {
  buf gz = pack(text, W_GZIP), zl = pack(text, W_ZLIB), raw = pack(text, W_RAW);
  buf two, tt;
  size_t cuts[] = {1, 2, 5, 11, 0, 0, 0};
  size_t i;
  cuts[4] = gz.len / 2;
  cuts[5] = gz.len - 3; /* in the trailer */
  cuts[6] = gz.len - 1;
  for (i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
    check_trunc(DS_CODEC_AUTO, &gz, cuts[i], text, CH_WHOLE, 65536);
    check_trunc(DS_CODEC_AUTO, &gz, cuts[i], text, CH_ONE, 7);
    check_trunc(DS_CODEC_GZIP, &gz, cuts[i], text, CH_RANDOM, 1);
  }
  check_trunc(DS_CODEC_AUTO, &zl, 1, text, CH_WHOLE, 65536); /* lone 0x78 */
  check_trunc(DS_CODEC_AUTO, &zl, zl.len / 2, text, CH_WHOLE, 65536);
  check_trunc(DS_CODEC_AUTO, &zl, zl.len - 2, text, CH_ONE, 65536);
  check_trunc(DS_CODEC_DEFLATE, &raw, raw.len / 2, text, CH_RANDOM, 7);
  check_trunc(DS_CODEC_DEFLATE, &raw, raw.len - 1, text, CH_WHOLE, 1);
  /* Explicit codec and no input at all: truncated at 0. */
  check_trunc(DS_CODEC_GZIP, &gz, 0, text, CH_WHOLE, 64);
  check_trunc(DS_CODEC_DEFLATE, &gz, 0, text, CH_WHOLE, 64);

  /* Cut inside the header of a second member, and right after its magic's 1st byte. */
  two = cat(&gz, &gz);
  tt = cat(text, text);
  check_trunc(DS_CODEC_AUTO, &two, gz.len + 1, text, CH_ONE, 65536);
  check_trunc(DS_CODEC_AUTO, &two, gz.len + 4, text, CH_WHOLE, 65536);
  check_trunc(DS_CODEC_AUTO, &two, gz.len + gz.len / 2, &tt, CH_WHOLE, 65536);
  {
    /* ...but a cut exactly between members is a clean end. */
    ds_decode_opts o = opts_codec(DS_CODEC_AUTO);
    result r = run(&o, two.p, gz.len, CH_ONE, 7);
    CHECK(r.rc == 0 && r.frc == 0 && same(&r, text->p, text->len));
    buf_free(&r.out);
  }
  buf_free(&two);
  buf_free(&tt);
  buf_free(&gz);
  buf_free(&zl);
  buf_free(&raw);
}

static void check_garbage(ds_codec req, const buf *data, const void *junk, size_t jlen,
                          int chunking, const buf *text) {
  ds_decode_opts o = opts_codec(req);
  buf in = {0};
  result r;
  buf_put(&in, data->p, data->len);
  buf_put(&in, junk, jlen);
  r = run(&o, in.p, in.len, chunking, 65536);
  CHECK_EQ_INT(r.rc, DS_EDATA);
  CHECK_EQ_INT(dec->err.offset, data->len);
  CHECK(same(&r, text->p, text->len));
  CHECK_EQ_INT(dec->members, 1);
  buf_free(&r.out);
  buf_free(&in);
}

static void test_trailing_garbage(const buf *text) {
  buf gz = pack(text, W_GZIP), zl = pack(text, W_ZLIB), raw = pack(text, W_RAW);
  static const unsigned char junk[] = "junk after the member\n";
  static const unsigned char split_magic[] = {0x1f, 0x00};
  static const unsigned char zeros[8] = {0};
  int ch;
  for (ch = CH_WHOLE; ch <= CH_RANDOM; ch++) {
    check_garbage(DS_CODEC_AUTO, &gz, junk, sizeof junk - 1, ch, text);
    check_garbage(DS_CODEC_AUTO, &gz, split_magic, sizeof split_magic, ch, text);
    check_garbage(DS_CODEC_GZIP, &gz, zeros, sizeof zeros, ch, text);
    check_garbage(DS_CODEC_AUTO, &gz, zl.p, zl.len, ch, text); /* gzip then zlib */
    check_garbage(DS_CODEC_AUTO, &zl, gz.p, gz.len, ch, text); /* zlib then gzip */
    check_garbage(DS_CODEC_ZLIB, &zl, junk, sizeof junk - 1, ch, text);
    check_garbage(DS_CODEC_DEFLATE, &raw, junk, 1, ch, text);
  }
  /* A lone 0x1f after a member: the start of a member that never came. */
  {
    ds_decode_opts o = opts_codec(DS_CODEC_AUTO);
    buf in = {0};
    result r;
    buf_put(&in, gz.p, gz.len);
    buf_put(&in, split_magic, 1);
    r = run(&o, in.p, in.len, CH_WHOLE, 65536);
    CHECK(r.rc == 0 && same(&r, text->p, text->len));
    CHECK_EQ_INT(r.frc, DS_ETRUNC);
    CHECK_EQ_INT(dec->err.offset, in.len);
    buf_free(&r.out);
    buf_free(&in);
  }
  /* Explicit codec, wrong format: corrupt at byte 0. */
  {
    ds_decode_opts og = opts_codec(DS_CODEC_GZIP), oz = opts_codec(DS_CODEC_ZLIB);
    result r = run(&og, text->p, text->len, CH_WHOLE, 65536);
    CHECK_EQ_INT(r.rc, DS_EDATA);
    CHECK_EQ_INT(dec->err.offset, 0);
    buf_free(&r.out);
    r = run(&oz, gz.p, gz.len, CH_ONE, 65536);
    CHECK_EQ_INT(r.rc, DS_EDATA);
    CHECK_EQ_INT(dec->err.offset, 0);
    buf_free(&r.out);
    r = run(&og, zl.p, zl.len, CH_ONE, 65536); /* 0x78 0x9c is no gzip */
    CHECK_EQ_INT(r.rc, DS_EDATA);
    CHECK_EQ_INT(dec->err.offset, 0);
    buf_free(&r.out);
  }
  buf_free(&gz);
  buf_free(&zl);
  buf_free(&raw);
}

/* Detection corner cases with tiny inputs. */
static void test_detect(void) {
  ds_decode_opts o = opts_codec(DS_CODEC_AUTO);
  static const unsigned char xy[] = "xy"; /* 0x78 0x79: a zlib CMF, a bad FCHECK */
  static const unsigned char x[] = "x";
  static const unsigned char a[] = "a";
  result r;
  r = run(&o, a, 1, CH_WHOLE, 1);
  CHECK(r.rc == 0 && r.frc == 0 && same(&r, a, 1) && dec->codec == DS_CODEC_NONE);
  buf_free(&r.out);
  r = run(&o, xy, 2, CH_ONE, 1);
  CHECK(r.rc == 0 && r.frc == 0 && same(&r, xy, 2) && dec->codec == DS_CODEC_NONE);
  buf_free(&r.out);
  r = run(&o, xy, 2, CH_WHOLE, 64);
  CHECK(r.rc == 0 && r.frc == 0 && same(&r, xy, 2));
  buf_free(&r.out);
  {
    /* "(S": a valid zlib header (0x28 0x53), but not one zlib's deflate writes: text */
    static const unsigned char paren[] = "(Sources say) Contoso is for sale.";
    r = run(&o, paren, sizeof paren - 1, CH_ONE, 64);
    CHECK(r.rc == 0 && r.frc == 0 && same(&r, paren, sizeof paren - 1) && dec->codec == DS_CODEC_NONE);
    buf_free(&r.out);
  }
  /* A lone byte that may open a zlib stream cannot be told from 1-byte plain input. */
  r = run(&o, x, 1, CH_WHOLE, 64);
  CHECK(r.rc == 0 && r.frc == DS_ETRUNC && r.out.len == 0 && dec->err.offset == 1);
  buf_free(&r.out);
  r = run(&o, x, 0, CH_WHOLE, 64);
  CHECK(r.rc == 0 && r.frc == 0 && r.out.len == 0 && dec->codec == DS_CODEC_AUTO);
  buf_free(&r.out);
  {
    /* A held detection byte waits for room in the output buffer. */
    size_t used, got;
    unsigned char ob[2];
    CHECK_EQ_INT(ds_decode_init(dec, &o), 0);
    CHECK_EQ_INT(ds_decode(dec, "x", 1, &used, ob, 1, &got), 0);
    CHECK(used == 1 && got == 0);
    CHECK_EQ_INT(ds_decode(dec, "yz", 2, &used, ob, 1, &got), 0);
    CHECK(used == 0 && got == 1 && ob[0] == 'x');
    CHECK_EQ_INT(ds_decode(dec, "yz", 2, &used, ob, 2, &got), 0);
    CHECK(used == 2 && got == 2 && memcmp(ob, "yz", 2) == 0);
    CHECK_EQ_INT(ds_decode_finish(dec), 0);
    CHECK(dec->total_in == 3 && dec->total_out == 3);
  }
}

static buf gzip_zeros(size_t n, int wbits) {
  z_stream z;
  buf out = {0};
  static unsigned char zeros[1 << 20];
  unsigned char tmp[65536];
  int r = Z_OK;
  memset(&z, 0, sizeof z);
  deflateInit2(&z, 9, Z_DEFLATED, wbits, 9, Z_DEFAULT_STRATEGY);
  while (r != Z_STREAM_END) {
    size_t take = n < sizeof zeros ? n : sizeof zeros;
    int flush = take == n ? Z_FINISH : Z_NO_FLUSH;
    z.next_in = zeros;
    z.avail_in = (uInt)take;
    do {
      z.next_out = tmp;
      z.avail_out = sizeof tmp;
      r = deflate(&z, flush);
      buf_put(&out, tmp, sizeof tmp - z.avail_out);
    } while (z.avail_out == 0);
    n -= take - z.avail_in;
  }
  deflateEnd(&z);
  return out;
}

static int all_zero(const buf *b) {
  size_t i;
  for (i = 0; i < b->len; i++)
    if (b->p[i])
      return 0;
  return 1;
}

static void test_bomb(const buf *text) {
  const size_t big = (size_t)64 << 20;
  buf gz = gzip_zeros(big, W_GZIP);
  ds_decode_opts o;
  result r;
  CHECK(gz.len < big / 500);

  /* Default caps: the ratio trips soon after the grace. */
  ds_decode_opts_default(&o);
  r = run(&o, gz.p, gz.len, CH_WHOLE, 65536);
  CHECK_EQ_INT(r.rc, DS_EBOMB);
  CHECK_EQ_INT(dec->err.code, DS_EBOMB);
  CHECK(dec->err.offset > 0 && dec->err.offset < gz.len);
  CHECK(dec->err.offset == dec->total_in);
  CHECK(dec->total_out > DS_DECODE_RATIO_GRACE);
  CHECK(dec->total_out > (uint64_t)DS_DECODE_MAX_RATIO * dec->total_in);
  CHECK(dec->total_out < DS_DECODE_RATIO_GRACE + (2u << 20));
  CHECK(r.out.len == dec->total_out && all_zero(&r.out));
  buf_free(&r.out);
  {
    size_t used, got;
    unsigned char ob[8];
    CHECK_EQ_INT(ds_decode(dec, gz.p, 1, &used, ob, sizeof ob, &got), DS_ESTATE);
    CHECK_EQ_INT(ds_decode_finish(dec), DS_EBOMB);
  }
  /* Same with 1-byte input chunks. */
  r = run(&o, gz.p, gz.len, CH_ONE, 65536);
  CHECK_EQ_INT(r.rc, DS_EBOMB);
  CHECK(dec->total_out < DS_DECODE_RATIO_GRACE + (2u << 20));
  buf_free(&r.out);

  /* No ratio cap: all 64 MiB come out. */
  o.max_ratio = 0;
  r = run(&o, gz.p, gz.len, CH_RANDOM, 65536);
  CHECK(r.rc == 0 && r.frc == 0 && r.out.len == big && all_zero(&r.out));
  buf_free(&r.out);

  /* max_output: exactly the cap comes out, then DS_EBOMB. */
  o.max_output = 1000000;
  r = run(&o, gz.p, gz.len, CH_WHOLE, 65536);
  CHECK_EQ_INT(r.rc, DS_EBOMB);
  CHECK(r.out.len == 1000000 && dec->total_out == 1000000 && all_zero(&r.out));
  buf_free(&r.out);
  {
    buf g = pack(text, W_GZIP), gg = cat(&g, &g);
    static const size_t caps[] = {7, 65536, 1u << 20};
    size_t k;
    for (k = 0; k < 3; k++) {
      o.max_output = text->len - 1;
      r = run(&o, g.p, g.len, CH_RANDOM, caps[k]);
      CHECK_EQ_INT(r.rc, DS_EBOMB);
      CHECK(same(&r, text->p, text->len - 1));
      buf_free(&r.out);
      o.max_output = text->len; /* a stream of exactly the cap passes */
      r = run(&o, g.p, g.len, CH_RANDOM, caps[k]);
      CHECK(r.rc == 0 && r.frc == 0 && same(&r, text->p, text->len));
      buf_free(&r.out);
      /* The cap is per stream, over all members. */
      r = run(&o, gg.p, gg.len, CH_WHOLE, caps[k]);
      CHECK_EQ_INT(r.rc, DS_EBOMB);
      CHECK(r.out.len == text->len && dec->members == 1);
      buf_free(&r.out);
    }
    /* Plain input cannot amplify: the caps apply to decompression only. */
    o.max_output = 10;
    o.max_ratio = 1;
    r = run(&o, text->p, text->len, CH_WHOLE, 65536);
    CHECK(r.rc == 0 && r.frc == 0 && same(&r, text->p, text->len));
    buf_free(&r.out);
    buf_free(&g);
    buf_free(&gg);
  }
  buf_free(&gz);
}

/* The arena is the only memory zlib gets; when it runs out we say so. White-box: we
 * eat the arena through the private arena_used before zlib's first allocation. */
static void test_enomem(const buf *text) {
  buf gz = pack(text, W_GZIP);
  ds_decode_opts o = opts_codec(DS_CODEC_AUTO);
  unsigned char ob[256];
  size_t used, got;
  int rc;

  CHECK_EQ_INT(ds_decode_init(dec, &o), 0);
  dec->arena_used = sizeof dec->arena.bytes - 64;
  rc = ds_decode(dec, gz.p, gz.len, &used, ob, sizeof ob, &got);
  CHECK_EQ_INT(rc, DS_ENOMEM);
  CHECK_EQ_INT(dec->err.code, DS_ENOMEM);
  CHECK_EQ_INT(ds_decode(dec, gz.p, gz.len, &used, ob, sizeof ob, &got), DS_ESTATE);

  /* Room for the state but not the 32 KiB window: fails at the first output. */
  CHECK_EQ_INT(ds_decode_init(dec, &o), 0);
  dec->arena_used = sizeof dec->arena.bytes - 16 * 1024;
  rc = ds_decode(dec, gz.p, gz.len, &used, ob, sizeof ob, &got);
  CHECK_EQ_INT(rc, DS_ENOMEM);
  CHECK_EQ_INT(ds_decode_finish(dec), DS_ENOMEM);

  /* And the real arena is enough, with members reusing it. */
  CHECK_EQ_INT(ds_decode_init(dec, &o), 0);
  rc = ds_decode(dec, gz.p, gz.len, &used, ob, sizeof ob, &got);
  CHECK_EQ_INT(rc, 0);
  CHECK(dec->arena_used <= sizeof dec->arena.bytes && dec->arena_used > 32768);
  buf_free(&gz);
}

/* The held-byte path: inflate swallows the last input byte while output is still owed.
 * A raw deflate stream has no trailer to keep the caller's loop going, so without the
 * hold the documented loop would stop short. Many short streams, 1-byte output. */
static void test_pending_output(void) {
  int i, bad = 0;
  for (i = 0; i < 200; i++) {
    buf t = make_text(50 + (size_t)i * 37, 1000 + (uint64_t)i);
    buf raw, rep = {0};
    result r;
    ds_decode_opts o = opts_codec(DS_CODEC_DEFLATE);
    size_t k;
    /* End with a long match so the last code owes many bytes. */
    for (k = 0; k < 4; k++)
      buf_put(&rep, t.p, t.len);
    raw = pack(&rep, W_RAW);
    r = run(&o, raw.p, raw.len, i % 2 ? CH_ONE : CH_WHOLE, 1 + (size_t)i % 3);
    if (!(r.rc == 0 && r.frc == 0 && r.contract && same(&r, rep.p, rep.len)))
      bad++;
    buf_free(&r.out);
    buf_free(&raw);
    buf_free(&rep);
    buf_free(&t);
  }
  CHECK_EQ_INT(bad, 0);
}

int main(void) {
  buf text;
  dec = malloc(sizeof *dec);
  if (!dec)
    return 2;
  text = make_text(300 * 1000, 42);

  test_names();
  test_args();
  test_detect();
  test_round_trips(&text);
  test_multi_member(&text);
  test_corrupt(&text);
  test_truncated(&text);
  test_trailing_garbage(&text);
  test_bomb(&text);
  test_enomem(&text);
  test_pending_output();

  buf_free(&text);
  free(dec);
  return T_DONE();
}
