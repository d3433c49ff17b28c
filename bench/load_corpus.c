/* The load generator's articles: the corpus framed once, each article turned back into
 * a JSON line whose id the generator chooses; gzipped per gateway ahead of time, with a
 * sync flush after each article, so sending costs the generator no compression. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "bench_util.h"
#include "dealstream/frame.h"
#include "load.h"

/* Append s[0..n) as a JSON string body (RFC 8259 escapes; UTF-8 passes through). */
static size_t escape(char *out, const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') {
      out[k++] = '\\';
      out[k++] = (char)c;
    } else if (c == '\n') {
      out[k++] = '\\';
      out[k++] = 'n';
    } else if (c < 0x20) {
      k += (size_t)sprintf(out + k, "\\u%04x", c);
    } else {
      out[k++] = (char)c;
    }
  }
  return k;
}

static int add(ds_load_corpus *c, const ds_article *a, size_t *cap) {
  static const char *const keys[] = {"source", "url", "published", "title", "body"};
  const ds_span *f[] = {&a->source, &a->url, &a->published, &a->title, &a->body};
  size_t need = 4;
  for (int i = 0; i < 5; i++) need += 16 + 6 * (size_t)f[i]->len;
  char *t = malloc(need);
  if (!t) return -1;
  size_t k = 0;
  for (int i = 0; i < 5; i++) {
    if (f[i]->len == 0) continue;
    k += (size_t)sprintf(t + k, ",\"%s\":\"", keys[i]);
    k += escape(t + k, a->buf + f[i]->off, f[i]->len);
    t[k++] = '"';
  }
  t[k++] = '}';
  t[k++] = '\n';
  if (c->n == *cap) {
    *cap = *cap ? *cap * 2 : 1024;
    char **nt = realloc(c->tail, *cap * sizeof *nt);
    size_t *nl = nt ? realloc(c->tail_len, *cap * sizeof *nl) : NULL;
    if (nt) c->tail = nt;
    if (!nt || !nl) {
      free(t);
      return -1;
    }
    c->tail_len = nl;
  }
  c->tail[c->n] = t;
  c->tail_len[c->n++] = k;
  c->bytes += k;
  return 0;
}

int ds_load_corpus_read(const char *path, ds_load_corpus *c) {
  unsigned char *raw, *text;
  size_t rlen, tlen, cap = 0;
  memset(c, 0, sizeof c[0]);
  if (ds_bench_read_file(path, &raw, &rlen) < 0) return -1;
  int rc = ds_bench_decode_all(raw, rlen, &text, &tlen);
  free(raw);
  if (rc < 0) return -1;
  ds_framer *fr = malloc(sizeof *fr);
  char *art = malloc(DS_ARTICLE_MAX);
  rc = fr && art ? ds_frame_init(fr, DS_INPUT_AUTO, DS_OVERSIZE_SKIP, art, DS_ARTICLE_MAX) : -1;
  const char *p = (const char *)text;
  size_t left = tlen;
  for (int end = 0; rc >= 0;) {
    ds_article a;
    size_t used = 0;
    int fr_rc = end ? ds_frame_finish(fr, &a) : ds_frame_push(fr, p, left, &used, &a);
    p += used;
    left -= used;
    if (fr_rc == 1 && add(c, &a, &cap) < 0) rc = -1;
    if (end && fr_rc == 0) break;
    if (!end && fr_rc == 0) end = 1;
  }
  free(fr);
  free(art);
  free(text);
  if (rc < 0 || c->n == 0) {
    fprintf(stderr, "ds_load: %s: %s\n", path, rc < 0 ? "out of memory" : "no articles");
    ds_load_corpus_free(c);
    return -1;
  }
  return 0;
}

void ds_load_corpus_free(ds_load_corpus *c) {
  for (size_t i = 0; i < c->n; i++) free(c->tail[i]);
  free(c->tail);
  free(c->tail_len);
  memset(c, 0, sizeof c[0]);
}

/* Deflate what is in z->next_in with flush, growing s->bytes as needed. */
static int deflate_all(ds_load_stream *s, size_t *cap, z_stream *z, int flush) {
  for (;;) {
    if (*cap - s->len < 65536) {
      unsigned char *nb = realloc(s->bytes, *cap * 2);
      if (!nb) return -1;
      s->bytes = nb;
      *cap *= 2;
    }
    z->next_out = s->bytes + s->len;
    z->avail_out = (uInt)(*cap - s->len);
    int rc = deflate(z, flush);
    s->len = *cap - z->avail_out;
    if (rc != Z_OK && rc != Z_BUF_ERROR) return -1;
    if (z->avail_in == 0 && z->avail_out > 0) return 0;
  }
}

int ds_load_stream_build(ds_load_stream *s, const ds_load_corpus *c, unsigned g, unsigned k,
                         size_t n) {
  z_stream z;
  size_t cap = 1 << 20;
  memset(s, 0, sizeof s[0]);
  memset(&z, 0, sizeof z);
  s->bytes = malloc(cap);
  s->end = malloc((n + 1) * sizeof *s->end);
  s->crc = malloc((n + 1) * sizeof *s->crc);
  s->isize = malloc((n + 1) * sizeof *s->isize);
  s->dbytes = malloc((n + 1) * sizeof *s->dbytes);
  /* level 6, as `dealstream push` gzips */
  if (!s->bytes || !s->end || !s->crc || !s->isize || !s->dbytes ||
      deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    return -1;
  char head[48];
  for (size_t a = 0; a < n; a++) {
    size_t i = a * k + g;
    int hl = snprintf(head, sizeof head, "{\"id\":\"L%zu\"", i);
    z.next_in = (unsigned char *)head;
    z.avail_in = (uInt)hl;
    if (deflate_all(s, &cap, &z, Z_NO_FLUSH) < 0) return -1;
    z.next_in = (unsigned char *)c->tail[i % c->n];
    z.avail_in = (uInt)c->tail_len[i % c->n];
    /* the sync flush ends the article on a byte boundary, all of it decodable */
    if (deflate_all(s, &cap, &z, Z_SYNC_FLUSH) < 0) return -1;
    s->end[a] = s->len;
    s->crc[a] = (uint32_t)z.adler; /* the gzip wrapper keeps the CRC-32 here */
    s->isize[a] = (uint32_t)z.total_in;
    s->dbytes[a] = z.total_in;
  }
  s->n = n;
  deflateEnd(&z);
  return 0;
}

void ds_load_stream_tail(const ds_load_stream *s, size_t n, unsigned char out[10]) {
  /* a final fixed-Huffman block holding only its end code: bits 1, 01, 0000000 */
  out[0] = 0x03;
  out[1] = 0x00;
  for (int b = 0; b < 4; b++) {
    out[2 + b] = (unsigned char)(s->crc[n] >> (8 * b));
    out[6 + b] = (unsigned char)(s->isize[n] >> (8 * b));
  }
}

void ds_load_stream_free(ds_load_stream *s) {
  free(s->bytes);
  free(s->end);
  free(s->crc);
  free(s->isize);
  free(s->dbytes);
  memset(s, 0, sizeof s[0]);
}
