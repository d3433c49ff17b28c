/* Decoder over zlib's inflate, with every byte of zlib's memory taken from the
 * context's own arena.
 *
 * States:
 *   GATE    waiting for the two bytes that say what comes next: at the start of the
 *           stream (detection) and after each gzip member / zlib stream (a new member
 *           or trailing garbage). The first of the two is kept in d->head so that
 *           detection works with 1-byte chunks; the second is only peeked at.
 *   INFLATE inside a member. d->head may still hold its first byte for inflate.
 *   PASS    uncompressed input, copied through. d->head may hold the first byte.
 * In INFLATE and PASS, d->nhead counts the head bytes not yet handed on.
 *
 * The caller's loop contract ("call again while *in_used < in_len; when all input was
 * used, everything it decodes to has been delivered") does not hold for bare inflate:
 * inflate can swallow the last input byte (the one completing a match code) while the
 * output buffer is full and still owe up to 258 bytes. So when inflate used all input
 * and filled the output, we report one byte less than it used and set d->held; the
 * next call first drains inflate with no input, then skips that re-presented byte.
 * total_in counts what zlib really consumed, so it runs one ahead of the caller's sum
 * of *in_used while a byte is held.
 */
#include "dealstream/decode.h"

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum { ST_GATE, ST_INFLATE, ST_PASS };

void ds_decode_opts_default(ds_decode_opts *o) {
  if (!o)
    return;
  o->codec = DS_CODEC_AUTO;
  o->max_output = DS_DECODE_MAX_OUTPUT;
  o->max_ratio = DS_DECODE_MAX_RATIO;
}

size_t ds_decode_memory(void) { return sizeof(ds_decoder); }

const char *ds_codec_name(ds_codec c) {
  switch (c) {
  case DS_CODEC_AUTO:
    return "auto";
  case DS_CODEC_GZIP:
    return "gzip";
  case DS_CODEC_ZLIB:
    return "zlib";
  case DS_CODEC_DEFLATE:
    return "deflate";
  case DS_CODEC_NONE:
    return "none";
  }
  return "?";
}

/* zlib allocates twice per decoder lifetime (state at inflateInit2, window at the
 * first output); inflateReset keeps both, so a bump allocator never runs dry on long
 * multi-member streams and freeing can be a no-op. */
static voidpf arena_alloc(voidpf opaque, uInt items, uInt size) {
  ds_decoder *d = opaque;
  const size_t align = _Alignof(max_align_t);
  size_t n, start;
  if (size && items > SIZE_MAX / size)
    return Z_NULL;
  n = (size_t)items * size;
  start = (d->arena_used + align - 1) & ~(align - 1);
  if (start > sizeof d->arena.bytes || n > sizeof d->arena.bytes - start)
    return Z_NULL;
  d->arena_used = start + n;
  return d->arena.bytes + start;
}

static void arena_free(voidpf opaque, voidpf p) {
  (void)opaque;
  (void)p;
}

int ds_decode_init(ds_decoder *d, const ds_decode_opts *opts) {
  ds_decode_opts o;
  if (!d)
    return DS_EINVAL;
  if (opts)
    o = *opts;
  else
    ds_decode_opts_default(&o);
  if ((int)o.codec < (int)DS_CODEC_AUTO || (int)o.codec > (int)DS_CODEC_NONE)
    return DS_EINVAL;
  d->codec = o.codec;
  d->total_in = 0;
  d->total_out = 0;
  d->members = 0;
  d->err.code = 0;
  d->err.offset = 0;
  d->err.line = 0;
  d->opts = o;
  /* Raw deflate has no header to gate on; plain input has nothing to detect. */
  d->state = o.codec == DS_CODEC_NONE      ? ST_PASS
             : o.codec == DS_CODEC_DEFLATE ? ST_INFLATE
                                           : ST_GATE;
  d->zinit = 0;
  d->held = 0;
  d->head[0] = d->head[1] = 0;
  d->nhead = 0;
  /* No inflateEnd on a previous stream: d may be fresh garbage, and inflateEnd would
   * only hand memory back to arena_free. Resetting arena_used reclaims it all. */
  memset(&d->zs, 0, sizeof d->zs);
  d->zs.zalloc = arena_alloc;
  d->zs.zfree = arena_free;
  d->zs.opaque = d;
  d->arena_used = 0;
  return 0;
}

static int fail(ds_decoder *d, int code, uint64_t offset) {
  d->err.code = code;
  d->err.offset = offset;
  d->err.line = 0;
  return code;
}

/* CM = 8 (deflate) and a window of at most 32 KiB: the only first bytes zlib takes. */
static int zlib_cmf(unsigned b) { return (b & 0x0f) == 8 && (b >> 4) <= 7; }

/* Can b open what is expected next? At the start in AUTO mode, a "no" means plain. */
static int first_byte_ok(ds_codec c, unsigned b) {
  switch (c) {
  case DS_CODEC_AUTO:
    return b == 0x1f || b == 0x78; /* see auto_zlib() */
  case DS_CODEC_GZIP:
    return b == 0x1f;
  case DS_CODEC_ZLIB:
    return zlib_cmf(b);
  default:
    return 0;
  }
}

/* In auto mode, only what zlib's own deflate writes (a 32 KiB window, one of its four
 * level flags, no preset dictionary: 78 01, 78 5E, 78 9C, 78 DA): a text that starts
 * with "x" or "(" and the right second byte is text, not a zlib header. --input-format
 * zlib accepts every valid header. */
static int auto_zlib(unsigned b0, unsigned b1) {
  return b0 == 0x78 && (b1 == 0x01 || b1 == 0x5e || b1 == 0x9c || b1 == 0xda);
}

static ds_codec header_kind(unsigned b0, unsigned b1) {
  if (b0 == 0x1f && b1 == 0x8b)
    return DS_CODEC_GZIP;
  if (zlib_cmf(b0) && (b0 * 256 + b1) % 31 == 0)
    return DS_CODEC_ZLIB;
  return DS_CODEC_NONE;
}

static int window_bits(ds_codec c) {
  /* One fixed windowBits per decoder: inflateReset2 with a different value would
   * drop the window and allocate another, which the bump arena cannot afford. */
  return c == DS_CODEC_GZIP ? 15 + 16 : c == DS_CODEC_ZLIB ? 15 : -15;
}

/* One inflate call over at most UINT_MAX bytes each way (z_stream counts in uInt),
 * with the caps applied. count_in: the bytes come from the caller (not d->head or a
 * drain), so total_in must grow. Returns 0 or DS_EBOMB; *zr gets inflate's code. */
static int inflate_step(ds_decoder *d, const unsigned char *s, size_t slen, int count_in,
                        unsigned char *dst, size_t room, size_t *used, size_t *made,
                        int *zr) {
  uInt ilen = slen > UINT_MAX ? UINT_MAX : (uInt)slen;
  size_t olen = room > UINT_MAX ? UINT_MAX : room;
  uint64_t cap = d->opts.max_output;
  if (cap) {
    /* Room for one byte past the cap: inflate producing it is how we learn the
     * stream goes on past the cap, and a stream of exactly cap bytes still passes. */
    uint64_t left = cap - d->total_out;
    if (left < olen)
      olen = (size_t)left + 1;
  }
  d->zs.next_in = (z_const Bytef *)s;
  d->zs.avail_in = ilen;
  d->zs.next_out = dst;
  d->zs.avail_out = (uInt)olen;
  *zr = inflate(&d->zs, Z_NO_FLUSH);
  *used = ilen - d->zs.avail_in;
  *made = olen - d->zs.avail_out;
  if (count_in)
    d->total_in += *used;
  d->total_out += *made;
  if (cap && d->total_out > cap) {
    /* The extra byte sits in the caller's buffer, unreported. */
    *made -= 1;
    d->total_out -= 1;
    return DS_EBOMB;
  }
  /* total_out > ratio * total_in, without the overflowing product. */
  if (d->opts.max_ratio && d->total_out > DS_DECODE_RATIO_GRACE &&
      (d->total_out - 1) / d->opts.max_ratio >= d->total_in)
    return DS_EBOMB;
  return 0;
}

int ds_decode(ds_decoder *d, const void *in, size_t in_len, size_t *in_used, void *out,
              size_t out_cap, size_t *out_len) {
  static unsigned char no_out; /* inflate insists on a non-null next_out */
  const unsigned char *src = in;
  unsigned char *dst = out ? (unsigned char *)out : &no_out;
  size_t p = 0, o = 0;
  int rc = 0;

  if (in_used)
    *in_used = 0;
  if (out_len)
    *out_len = 0;
  if (!d || !in_used || !out_len || (!in && in_len) || (!out && out_cap))
    return DS_EINVAL;
  if (d->err.code)
    return DS_ESTATE;

  for (;;) {
    if (d->held && d->state != ST_INFLATE) {
      /* The member ended while draining: nothing more is owed for the held byte. */
      if (p == in_len)
        break;
      p++;
      d->held = 0;
    }
    switch (d->state) {
    case ST_PASS: {
      size_t n;
      if (d->nhead) {
        if (o == out_cap)
          goto done;
        dst[o++] = d->head[0];
        d->nhead = 0;
        d->total_out++;
      }
      n = in_len - p;
      if (n > out_cap - o)
        n = out_cap - o;
      if (n) {
        memcpy(dst + o, src + p, n);
        p += n;
        o += n;
        d->total_in += n;
        d->total_out += n;
      }
      goto done;
    }

    case ST_GATE: {
      ds_codec kind;
      if (p == in_len)
        goto done;
      if (d->nhead == 0) {
        if (first_byte_ok(d->codec, src[p])) {
          d->head[0] = src[p++];
          d->nhead = 1;
          d->total_in++;
          continue;
        }
        if (d->codec == DS_CODEC_AUTO) {
          d->codec = DS_CODEC_NONE;
          d->state = ST_PASS;
          continue;
        }
        /* Not a new member (trailing garbage), or not the requested format. */
        rc = fail(d, DS_EDATA, d->total_in);
        goto done;
      }
      kind = header_kind(d->head[0], src[p]);
      if (d->codec == DS_CODEC_AUTO) {
        if (kind == DS_CODEC_ZLIB && !auto_zlib(d->head[0], src[p])) kind = DS_CODEC_NONE;
        d->codec = kind;
        if (kind == DS_CODEC_NONE) {
          d->state = ST_PASS; /* d->head[0] goes out first */
          continue;
        }
      } else if (kind != d->codec) {
        rc = fail(d, DS_EDATA, d->total_in - 1); /* where the held byte was */
        goto done;
      }
      if (d->zinit && inflateReset(&d->zs) != Z_OK) {
        rc = fail(d, DS_EINVAL, d->total_in);
        goto done;
      }
      d->state = ST_INFLATE;
      continue;
    }

    case ST_INFLATE: {
      const unsigned char *s;
      size_t slen, used, made;
      int from_in = 0, drain = 0, zr, e;
      if (!d->zinit) {
        zr = inflateInit2(&d->zs, window_bits(d->codec));
        if (zr != Z_OK) {
          rc = fail(d, zr == Z_MEM_ERROR ? DS_ENOMEM : DS_EINVAL, d->total_in);
          goto done;
        }
        d->zinit = 1;
      }
      if (d->nhead) {
        s = d->head;
        slen = d->nhead;
      } else if (d->held) {
        s = d->head; /* any non-null pointer; avail_in is 0 */
        slen = 0;
        drain = 1;
      } else {
        if (p == in_len)
          goto done;
        s = src + p;
        slen = in_len - p;
        from_in = 1;
      }
      e = inflate_step(d, s, slen, from_in, dst + o, out_cap - o, &used, &made, &zr);
      o += made;
      if (from_in)
        p += used;
      else if (!drain)
        d->nhead -= (unsigned)used;
      if (e) {
        rc = fail(d, e, d->total_in);
        goto done;
      }
      switch (zr) {
      case Z_STREAM_END:
        d->members++;
        d->state = ST_GATE;
        continue;
      case Z_OK:
        if (from_in && p == in_len && o == out_cap) {
          p--;
          d->held = 1;
          goto done;
        }
        continue;
      case Z_BUF_ERROR: /* no progress: out of input, or of output room */
        if (drain && o < out_cap) {
          if (p == in_len)
            goto done;
          p++;
          d->held = 0;
          continue;
        }
        goto done;
      case Z_MEM_ERROR:
        rc = fail(d, DS_ENOMEM, d->total_in);
        goto done;
      case Z_NEED_DICT: /* a preset dictionary we cannot know */
      case Z_DATA_ERROR:
        rc = fail(d, DS_EDATA, d->total_in);
        goto done;
      default:
        rc = fail(d, DS_EINVAL, d->total_in);
        goto done;
      }
    }

    default:
      rc = fail(d, DS_EINVAL, d->total_in);
      goto done;
    }
  }
done:
  *in_used = p;
  *out_len = o;
  return rc;
}

int ds_decode_finish(ds_decoder *d) {
  if (!d)
    return DS_EINVAL;
  if (d->err.code)
    return d->err.code;
  switch (d->state) {
  case ST_PASS:
    return 0;
  case ST_GATE:
    /* A held byte is a partial header (a lone 0x1f, or a byte that may open a zlib
     * stream: at the start it could also be a 1-byte plain input, but finish has no
     * buffer to deliver it, and losing it silently would be worse). An explicit codec
     * with no member at all is an empty, hence truncated, stream. */
    if (d->nhead || (d->codec != DS_CODEC_AUTO && d->members == 0))
      return fail(d, DS_ETRUNC, d->total_in);
    return 0;
  default:
    return fail(d, DS_ETRUNC, d->total_in);
  }
}
