/* msgpack -> JSON renderer and ds_msgpack_next: every wire type from hand-written bytes,
 * RFC 8259 escaping and UTF-8 repair, number formatting, non-string keys, errors on
 * every truncation, the depth bound, and DS_ENOBUFS at every short output buffer. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include <msgpack.h>

#include "dealstream/error.h"
#include "dealstream/json.h"
#include "t.h"

static char out[1 << 16];

/* Render bytes and compare with the expected JSON text (and its length). */
static void expect_json(const unsigned char *p, size_t n, const char *want, int line) {
  int rc = ds_msgpack_to_json(p, n, out, sizeof out);
  int ok = rc == (int)strlen(want) && strcmp(out, want) == 0;
  CHECK(ok);
  if (!ok)
    fprintf(stderr, "line %d: rc %d\n got:  %s\n want: %s\n", line, rc, rc >= 0 ? out : "",
            want);
}

#define J(want, ...)                                                 \
  do {                                                               \
    static const unsigned char b_[] = {__VA_ARGS__};                 \
    expect_json(b_, sizeof b_, want, __LINE__);                      \
  } while (0)

/* Bytes that are not a complete object: both entry points must say so. */
#define BAD(want_next, ...)                                          \
  do {                                                               \
    static const unsigned char b_[] = {__VA_ARGS__};                 \
    size_t n_ = 99;                                                  \
    CHECK_EQ_INT(ds_msgpack_to_json(b_, sizeof b_, out, sizeof out), DS_EMSGPACK); \
    CHECK_EQ_INT(ds_msgpack_next(b_, sizeof b_, &n_), want_next);   \
    CHECK_EQ_INT(n_, 99);                                            \
  } while (0)

static void test_scalars(void) {
  J("null", 0xc0);
  J("false", 0xc2);
  J("true", 0xc3);
  J("0", 0x00);
  J("127", 0x7f);
  J("-1", 0xff);
  J("-32", 0xe0);
  J("200", 0xcc, 0xc8);
  J("65535", 0xcd, 0xff, 0xff);
  J("4294967295", 0xce, 0xff, 0xff, 0xff, 0xff);
  J("18446744073709551615", 0xcf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);
  J("-128", 0xd0, 0x80);
  J("127", 0xd0, 0x7f);
  J("-32768", 0xd1, 0x80, 0x00);
  J("-2", 0xd1, 0xff, 0xfe);
  J("-2147483648", 0xd2, 0x80, 0x00, 0x00, 0x00);
  J("2147483647", 0xd2, 0x7f, 0xff, 0xff, 0xff);
  J("-9223372036854775808", 0xd3, 0x80, 0, 0, 0, 0, 0, 0, 0);
  J("9223372036854775807", 0xd3, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);
  J("-1", 0xd3, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);
}

static void expect_double(double d, const char *want, int line) {
  unsigned char b[9];
  uint64_t u;
  memcpy(&u, &d, sizeof u);
  b[0] = 0xcb;
  for (int i = 0; i < 8; i++)
    b[1 + i] = (unsigned char)(u >> (56 - 8 * i));
  expect_json(b, sizeof b, want, line);
}

static void expect_float(float f, const char *want, int line) {
  unsigned char b[5];
  uint32_t u;
  memcpy(&u, &f, sizeof u);
  b[0] = 0xca;
  for (int i = 0; i < 4; i++)
    b[1 + i] = (unsigned char)(u >> (24 - 8 * i));
  expect_json(b, sizeof b, want, line);
}

static void test_floats(void) {
  expect_double(0.0, "0", __LINE__);
  expect_double(-0.0, "0", __LINE__);
  expect_double(1.0, "1", __LINE__);
  expect_double(-42.0, "-42", __LINE__);
  expect_double(1.2e9, "1200000000", __LINE__);
  expect_double(999999999999999.0, "999999999999999", __LINE__);
  expect_double(1e15, "1e+15", __LINE__);
  expect_double(2.5, "2.5", __LINE__);
  expect_double(-2.5, "-2.5", __LINE__);
  expect_double(0.1, "0.1", __LINE__);
  expect_double(1.0 / 3.0, "0.3333333333333333", __LINE__);
  expect_double(0.1 + 0.2, "0.30000000000000004", __LINE__);
  expect_double(1e300, "1e+300", __LINE__);
  expect_double(1.5e-7, "1.5e-07", __LINE__);
  expect_double(5e-324, "4.94065645841247e-324", __LINE__);
  expect_double(NAN, "null", __LINE__);
  expect_double(INFINITY, "null", __LINE__);
  expect_double(-INFINITY, "null", __LINE__);
  expect_float(1.5f, "1.5", __LINE__);
  expect_float(0.1f, "0.1", __LINE__);
  expect_float(3.0f, "3", __LINE__);
  expect_float(16777216.0f, "16777216", __LINE__);
  expect_float(3.4028235e38f, "3.4028235e+38", __LINE__);
  expect_float(NAN, "null", __LINE__);
  expect_float(-INFINITY, "null", __LINE__);

  /* Every printed non-integral double reads back as itself. */
  const double vals[] = {0.1, 1.0 / 3, 2.0 / 3, 1e-300, 123.456, 6.02214076e23, 1e15 + 0.5,
                         9007199254740993.0, -7.77e-7};
  for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
    unsigned char b[9];
    uint64_t u;
    memcpy(&u, &vals[i], sizeof u);
    b[0] = 0xcb;
    for (int k = 0; k < 8; k++)
      b[1 + k] = (unsigned char)(u >> (56 - 8 * k));
    int rc = ds_msgpack_to_json(b, sizeof b, out, sizeof out);
    CHECK(rc > 0);
    CHECK(strtod(out, NULL) == vals[i]);
  }
}

static void test_strings(void) {
  J("\"\"", 0xa0);
  J("\"abc\"", 0xa3, 'a', 'b', 'c');
  J("\"ab\"", 0xd9, 0x02, 'a', 'b');
  J("\"ab\"", 0xda, 0x00, 0x02, 'a', 'b');
  J("\"ab\"", 0xdb, 0x00, 0x00, 0x00, 0x02, 'a', 'b');
  J("\"\"", 0xdb, 0, 0, 0, 0);
  /* Escapes: quotes, backslash, the short forms, other controls as \u00XX; '/' and DEL
   * are left alone. */
  J("\"a\\\"b\\\\c\"", 0xa5, 'a', '"', 'b', '\\', 'c');
  J("\"\\n\\r\\t\\b\\f\"", 0xa5, '\n', '\r', '\t', '\b', '\f');
  J("\"\\u0000\\u0001\\u001f\\u000b\"", 0xa4, 0x00, 0x01, 0x1f, 0x0b);
  J("\"/\x7f \"", 0xa3, '/', 0x7f, ' ');
  /* Valid UTF-8 is copied: 2-, 3- and 4-byte sequences, and the extremes. */
  J("\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"", 0xa9, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0,
    0x9f, 0x98, 0x80);
  J("\"\xc2\x80\xef\xbf\xbf\xf4\x8f\xbf\xbf\xed\x9f\xbf\xee\x80\x80\"", 0xaf, 0xc2, 0x80,
    0xef, 0xbf, 0xbf, 0xf4, 0x8f, 0xbf, 0xbf, 0xed, 0x9f, 0xbf, 0xee, 0x80, 0x80);
  /* Invalid UTF-8 -> U+FFFD, one per maximal ill-formed subpart. */
#define R "\xef\xbf\xbd"
  J("\"a" R "b\"", 0xa3, 'a', 0x80, 'b');           /* lone continuation */
  J("\"" R R "\"", 0xa2, 0xc0, 0xaf);               /* overlong lead */
  J("\"" R R "\"", 0xa2, 0xc1, 0xbf);
  J("\"" R R R "\"", 0xa3, 0xe0, 0x80, 0x80);       /* overlong 3-byte */
  J("\"" R R R "\"", 0xa3, 0xed, 0xa0, 0x80);       /* surrogate */
  J("\"" R R R R "\"", 0xa4, 0xf4, 0x90, 0x80, 0x80); /* past U+10FFFF */
  J("\"" R R R R "\"", 0xa4, 0xf0, 0x80, 0x80, 0x80); /* overlong 4-byte */
  J("\"" R "x\"", 0xa3, 0xe2, 0x82, 'x');           /* cut 3-byte: one U+FFFD */
  J("\"" R "\"", 0xa3, 0xf0, 0x9f, 0x98);           /* cut 4-byte at the end */
  J("\"" R "\"", 0xa1, 0xc3);                       /* cut 2-byte at the end */
  J("\"" R R "\"", 0xa2, 0xf5, 0xff);               /* never-valid bytes */
  J("\"" R "\xc3\xa9\"", 0xa3, 0xe2, 0xc3, 0xa9);   /* lead then a new sequence */
  J("\"" R "\\n\"", 0xa2, 0xc3, '\n');
#undef R
}

static void test_bin_ext(void) {
  J("\"\"", 0xc4, 0x00);
  J("\"00ff7a\"", 0xc4, 0x03, 0x00, 0xff, 0x7a);
  J("\"0102\"", 0xc5, 0x00, 0x02, 0x01, 0x02);
  J("\"ab\"", 0xc6, 0x00, 0x00, 0x00, 0x01, 0xab);
  J("null", 0xd4, 0x01, 0xaa);
  J("null", 0xd5, 0x01, 0xaa, 0xbb);
  J("null", 0xd6, 0xff, 1, 2, 3, 4); /* timestamp 32 */
  J("null", 0xd7, 0x01, 1, 2, 3, 4, 5, 6, 7, 8);
  J("null", 0xd8, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
  J("null", 0xc7, 0x00, 0x05);
  J("null", 0xc7, 0x02, 0x05, 0xaa, 0xbb);
  J("null", 0xc8, 0x00, 0x01, 0x05, 0xaa);
  J("null", 0xc9, 0x00, 0x00, 0x00, 0x01, 0x05, 0xaa);
  J("[null,1]", 0x92, 0xd4, 0x01, 0xaa, 0x01);
  J("{\"t\":null}", 0x81, 0xa1, 't', 0xd6, 0xff, 1, 2, 3, 4);
}

static void test_containers(void) {
  J("[]", 0x90);
  J("{}", 0x80);
  J("[1,2,3]", 0x93, 1, 2, 3);
  J("[1,2]", 0xdc, 0x00, 0x02, 1, 2);
  J("[1,2]", 0xdd, 0x00, 0x00, 0x00, 0x02, 1, 2);
  J("[]", 0xdd, 0, 0, 0, 0);
  J("{\"a\":1,\"b\":[true,null]}", 0x82, 0xa1, 'a', 1, 0xa1, 'b', 0x92, 0xc3, 0xc0);
  J("{\"a\":{}}", 0xde, 0x00, 0x01, 0xa1, 'a', 0x80);
  J("{\"a\":[]}", 0xdf, 0x00, 0x00, 0x00, 0x01, 0xa1, 'a', 0x90);
  J("[[[]],{\"x\":[{}]}]", 0x92, 0x91, 0x90, 0x81, 0xa1, 'x', 0x91, 0x80);
  /* String keys of every width, and an escaped one. */
  J("{\"k\":1,\"k2\":2,\"k3\":3}", 0x83, 0xd9, 1, 'k', 1, 0xda, 0, 2, 'k', '2', 2, 0xdb, 0, 0,
    0, 2, 'k', '3', 3);
  J("{\"a\\\"b\":0}", 0x81, 0xa3, 'a', '"', 'b', 0);
}

static void test_nonstring_keys(void) {
  J("{\"1\":\"a\"}", 0x81, 0x01, 0xa1, 'a');
  J("{\"-5\":0,\"null\":1,\"true\":2}", 0x83, 0xfb, 0, 0xc0, 1, 0xc3, 2);
  J("{\"2.5\":0}", 0x81, 0xcb, 0x40, 0x04, 0, 0, 0, 0, 0, 0, 0);
  /* Rendered as JSON, then that text quoted as a string. */
  J("{\"[1,\\\"x\\\"]\":2}", 0x81, 0x92, 0x01, 0xa1, 'x', 0x02);
  J("{\"\\\"0a\\\"\":0}", 0x81, 0xc4, 0x01, 0x0a, 0);
  J("{\"{\\\"q\\\\\\\"\\\":1}\":0}", 0x81, 0x81, 0xa2, 'q', '"', 0x01, 0x00);
  /* A non-string key inside a non-string key: quoted twice. */
  J("{\"{\\\"[\\\\\\\"s\\\\\\\"]\\\":1}\":0}", 0x81, 0x81, 0x91, 0xa1, 's', 0x01, 0x00);
  J("{\"null\":null}", 0x81, 0xd4, 0x00, 0x00, 0xc0);
}

/* Only the first object is rendered; the rest is ignored, and next() measures it. */
static void test_first_object_only(void) {
  static const unsigned char b[] = {0x92, 0x01, 0xa1, 'z', 0xc3, 0xc1, 0xff};
  CHECK_EQ_INT(ds_msgpack_to_json(b, sizeof b, out, sizeof out), 7);
  CHECK(strcmp(out, "[1,\"z\"]") == 0);
  size_t n = 0;
  CHECK_EQ_INT(ds_msgpack_next(b, sizeof b, &n), 0);
  CHECK_EQ_INT(n, 4);
}

static void test_malformed(void) {
  BAD(DS_EMSGPACK, 0xc1);
  BAD(DS_EMSGPACK, 0x93, 0x01, 0xc1, 0x02);
  BAD(DS_EMSGPACK, 0x81, 0xc1, 0x01);
  BAD(1, 0xa5, 'a', 'b');
  BAD(1, 0xdb, 0xff, 0xff, 0xff, 0xff, 'x');
  BAD(1, 0xdf, 0xff, 0xff, 0xff, 0xff, 0xc0, 0xc0, 0xc0);
  BAD(1, 0xdd, 0xff, 0xff, 0xff, 0xff, 0x01);
  BAD(1, 0xc9, 0x00, 0x00, 0x00, 0x02, 0x01, 0xaa);
  BAD(1, 0xd8, 0x01, 0x00);
  BAD(1, 0xcb, 0x00);
  BAD(1, 0x82, 0xa1, 'a', 0x01, 0xa1, 'b');
  /* Empty input: nothing to render; the stream needs more. */
  size_t n = 5;
  CHECK_EQ_INT(ds_msgpack_to_json("", 0, out, sizeof out), DS_EMSGPACK);
  CHECK_EQ_INT(ds_msgpack_next("", 0, &n), 1);
  CHECK_EQ_INT(ds_msgpack_next(NULL, 0, &n), 1);
  CHECK_EQ_INT(n, 5);
  CHECK_EQ_INT(ds_msgpack_to_json(NULL, 0, out, sizeof out), DS_EMSGPACK);
  /* Bad arguments. */
  CHECK_EQ_INT(ds_msgpack_to_json(NULL, 3, out, sizeof out), DS_EINVAL);
  CHECK_EQ_INT(ds_msgpack_to_json("\xc0", 1, NULL, 8), DS_EINVAL);
  CHECK_EQ_INT(ds_msgpack_next(NULL, 3, &n), DS_EINVAL);
  CHECK_EQ_INT(ds_msgpack_next("\xc0", 1, NULL), DS_EINVAL);
}

/* A message with every wire type, built with msgpack-c's packer (the test may
 * allocate). */
static msgpack_sbuffer big;

static void build_big(void) {
  msgpack_packer pk;
  msgpack_sbuffer_init(&big);
  msgpack_packer_init(&pk, &big, msgpack_sbuffer_write);
  msgpack_pack_map(&pk, 7);
  msgpack_pack_str_with_body(&pk, "ints", 4);
  msgpack_pack_array(&pk, 8);
  msgpack_pack_uint8(&pk, 5);
  msgpack_pack_fix_uint8(&pk, 200);
  msgpack_pack_fix_uint16(&pk, 60000);
  msgpack_pack_fix_uint32(&pk, 4000000000u);
  msgpack_pack_fix_uint64(&pk, 1ull << 40);
  msgpack_pack_fix_int8(&pk, -100);
  msgpack_pack_fix_int16(&pk, -30000);
  msgpack_pack_fix_int64(&pk, -(1ll << 40));
  msgpack_pack_str_with_body(&pk, "floats", 6);
  msgpack_pack_array(&pk, 2);
  msgpack_pack_float(&pk, 0.25f);
  msgpack_pack_double(&pk, 1e-5);
  msgpack_pack_str_with_body(&pk, "s", 1);
  static char longs[300];
  memset(longs, 'x', sizeof longs);
  longs[0] = '"';
  msgpack_pack_str_with_body(&pk, longs, sizeof longs);
  msgpack_pack_str_with_body(&pk, "bin", 3);
  msgpack_pack_bin_with_body(&pk, "\x01\xfe", 2);
  msgpack_pack_str_with_body(&pk, "ext", 3);
  msgpack_pack_ext_with_body(&pk, "abc", 3, 7);
  msgpack_pack_int(&pk, 9); /* a non-string key */
  msgpack_pack_array(&pk, 3);
  msgpack_pack_nil(&pk);
  msgpack_pack_true(&pk);
  msgpack_pack_false(&pk);
  msgpack_pack_str_with_body(&pk, "u", 1);
  msgpack_pack_str_with_body(&pk, "\xe2\x82\xac\x01", 4);
}

static void test_big_and_truncation(void) {
  build_big();
  const unsigned char *b = (const unsigned char *)big.data;
  size_t n = big.size;
  char want[1024];
  int w = snprintf(want, sizeof want,
                   "{\"ints\":[5,200,60000,4000000000,1099511627776,-100,-30000,"
                   "-1099511627776],\"floats\":[0.25,1e-05],\"s\":\"\\\"%.*s\","
                   "\"bin\":\"01fe\",\"ext\":null,\"9\":[null,true,false],"
                   "\"u\":\"\xe2\x82\xac\\u0001\"}",
                   299, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
  expect_json(b, n, want, __LINE__);
  CHECK(w > 300);

  size_t len = 0;
  CHECK_EQ_INT(ds_msgpack_next(b, n, &len), 0);
  CHECK_EQ_INT(len, n);

  /* Every proper prefix: the renderer refuses it and next() asks for more. */
  int bad_render = 0, bad_next = 0;
  for (size_t cut = 0; cut < n; cut++) {
    if (ds_msgpack_to_json(b, cut, out, sizeof out) != DS_EMSGPACK)
      bad_render++;
    size_t m = 0;
    if (ds_msgpack_next(b, cut, &m) != 1)
      bad_next++;
  }
  CHECK_EQ_INT(bad_render, 0);
  CHECK_EQ_INT(bad_next, 0);

  /* Every output buffer too small for JSON + NUL is DS_ENOBUFS, and nothing past cap is
   * touched; a short buffer still holds a NUL-terminated prefix. */
  static char o[2048];
  int bad_rc = 0, bad_guard = 0, bad_prefix = 0;
  for (size_t cap = 0; cap <= (size_t)w; cap++) {
    memset(o, 0x5a, sizeof o);
    if (ds_msgpack_to_json(b, n, o, cap) != DS_ENOBUFS)
      bad_rc++;
    for (size_t i = cap; i < sizeof o; i++)
      if (o[i] != 0x5a) {
        bad_guard++;
        break;
      }
    if (cap > 0 && (memchr(o, 0, cap) == NULL || strncmp(o, want, strlen(o)) != 0))
      bad_prefix++;
  }
  CHECK_EQ_INT(bad_rc, 0);
  CHECK_EQ_INT(bad_guard, 0);
  CHECK_EQ_INT(bad_prefix, 0);
  memset(o, 0x5a, sizeof o);
  CHECK_EQ_INT(ds_msgpack_to_json(b, n, o, (size_t)w + 1), w);
  CHECK(strcmp(o, want) == 0);
  CHECK_EQ_INT(o[w + 1], 0x5a);

  /* A malformed object is DS_EMSGPACK even when the output buffer is tiny. */
  CHECK_EQ_INT(ds_msgpack_to_json(b, n - 1, o, 1), DS_EMSGPACK);
  CHECK_EQ_INT(ds_msgpack_to_json(b, n, o, 0), DS_ENOBUFS);
  CHECK_EQ_INT(ds_msgpack_to_json(b, n, NULL, 0), DS_ENOBUFS);
}

/* ENOBUFS inside doubly quoted keys: the escaping never writes past cap either. */
static void test_enobufs_quoted_keys(void) {
  static const unsigned char b[] = {0x81, 0x81, 0x91, 0xa1, 's', 0x01, 0x00};
  const char *want = "{\"{\\\"[\\\\\\\"s\\\\\\\"]\\\":1}\":0}";
  size_t wl = strlen(want);
  static char o[128];
  int bad = 0;
  for (size_t cap = 0; cap <= wl; cap++) {
    memset(o, 0x5a, sizeof o);
    if (ds_msgpack_to_json(b, sizeof b, o, cap) != DS_ENOBUFS)
      bad++;
    for (size_t i = cap; i < sizeof o; i++)
      if (o[i] != 0x5a)
        bad++;
  }
  CHECK_EQ_INT(bad, 0);
  CHECK_EQ_INT(ds_msgpack_to_json(b, sizeof b, o, wl + 1), (int)wl);
}

/* Containers nest DS_MSGPACK_MAX_DEPTH deep at most. */
static void test_depth(void) {
  unsigned char b[DS_MSGPACK_MAX_DEPTH + 2];
  char want[2 * DS_MSGPACK_MAX_DEPTH + 8];
  size_t n;
  for (int d = DS_MSGPACK_MAX_DEPTH - 1; d <= DS_MSGPACK_MAX_DEPTH + 1; d++) {
    memset(b, 0x91, (size_t)d - 1);
    b[d - 1] = 0x90;
    for (int i = 0; i < d; i++) {
      want[i] = '[';
      want[d + i] = ']';
    }
    want[2 * d] = '\0';
    int rc = ds_msgpack_to_json(b, (size_t)d, out, sizeof out);
    int nx = ds_msgpack_next(b, (size_t)d, &n);
    if (d <= DS_MSGPACK_MAX_DEPTH) {
      CHECK_EQ_INT(rc, 2 * d);
      CHECK(strcmp(out, want) == 0);
      CHECK_EQ_INT(nx, 0);
      CHECK_EQ_INT(n, d);
    } else {
      CHECK_EQ_INT(rc, DS_EMSGPACK);
      CHECK_EQ_INT(nx, DS_EMSGPACK);
    }
  }
  /* Too deep is known before the rest arrives: no "need more" then. */
  memset(b, 0x91, sizeof b);
  CHECK_EQ_INT(ds_msgpack_next(b, sizeof b, &n), DS_EMSGPACK);
  CHECK_EQ_INT(ds_msgpack_next(b, DS_MSGPACK_MAX_DEPTH, &n), 1);
  /* Map keys count as a level: a fixmap whose key is an array, nested. */
  memset(b, 0x81, DS_MSGPACK_MAX_DEPTH);
  b[DS_MSGPACK_MAX_DEPTH] = 0x90;
  CHECK_EQ_INT(ds_msgpack_next(b, DS_MSGPACK_MAX_DEPTH + 1, &n), DS_EMSGPACK);
}

/* ds_msgpack_next as the tool uses it: cut a byte stream into objects, fed a few bytes
 * at a time. */
static void test_next_stream(void) {
  static const unsigned char s[] = {0x81, 0xa1, 'a', 0x01,      /* {"a":1} */
                                    0xc0,                       /* null */
                                    0x92, 0xcd, 0x01, 0x00, 0xa0, /* [256,""] */
                                    0xcb, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0}; /* 1.5 */
  const char *want[] = {"{\"a\":1}", "null", "[256,\"\"]", "1.5"};
  for (size_t step = 1; step <= sizeof s; step++) {
    size_t start = 0, avail = 0, k = 0;
    int bad = 0;
    while (start < sizeof s) {
      size_t n = 0;
      int rc = ds_msgpack_next(s + start, avail - start, &n);
      if (rc == 1) {
        if (avail == sizeof s) {
          bad++;
          break;
        }
        avail = avail + step > sizeof s ? sizeof s : avail + step;
        continue;
      }
      if (rc != 0 || k >= 4) {
        bad++;
        break;
      }
      if (ds_msgpack_to_json(s + start, n, out, sizeof out) != (int)strlen(want[k]) ||
          strcmp(out, want[k]) != 0)
        bad++;
      start += n;
      k++;
    }
    CHECK_EQ_INT(bad, 0);
    CHECK_EQ_INT(k, 4);
  }
}

int main(void) {
  test_scalars();
  test_floats();
  test_strings();
  test_bin_ext();
  test_containers();
  test_nonstring_keys();
  test_first_object_only();
  test_malformed();
  test_big_and_truncation();
  test_enobufs_quoted_keys();
  test_depth();
  test_next_stream();
  msgpack_sbuffer_destroy(&big);
  return T_DONE();
}
