/* Framer: cuts the decoded byte stream into articles (contract in frame.h).
 *
 * Each format is a byte-driven state machine whose whole state lives in the
 * ds_framer; no state ever points back into an earlier input chunk, so the results
 * cannot depend on how the input was cut. Text is decoded straight into the caller's
 * buffer as it arrives, and nothing is ever allocated.
 *
 * The hot paths (string contents in JSON, body lines in text, skipping a bad line)
 * copy or skip whole runs of ordinary bytes; only the structural bytes go through
 * the per-byte switch.
 *
 * Oversize handling must also be chunking-independent, so every decision about what
 * fits looks only at bytes already in the buffer and at the bytes being added, never
 * at how they were grouped: a run is clipped exactly where byte-at-a-time copying
 * would have stopped, and a decoded escape is stored whole or not at all.
 */
#include "dealstream/frame.h"

#include <string.h>

#define RS 0x1E /* record separators of the text format */
#define FF 0x0C

/* Field numbers: index into f->fs, bit in f->nz, and into key_names. */
enum { F_ID, F_SOURCE, F_URL, F_PUBLISHED, F_TITLE, F_BODY, F_COUNT };
#define NZ_TEXT ((1u << F_TITLE) | (1u << F_BODY)) /* an article needs one of these */
#define TEXT_KEYS 0x1Fu                            /* header keys: all but body */
#define KEY_MAX 9                                  /* strlen("published") */

static const char *const key_names[F_COUNT] = {"id",        "source", "url",
                                               "published", "title",  "body"};
static const unsigned char key_lens[F_COUNT] = {2, 6, 3, 9, 5, 4};

enum { SINK_NONE, SINK_KEY, SINK_FIELD };

enum {
  /* text, and format detection (AUTO starts in ST_LEAD) */
  ST_LEAD, /* blanks before a record, its body, or a header line */
  ST_TKEY, /* maybe a header key */
  ST_TVLEAD, /* blanks after "Key:" */
  ST_TVAL,   /* header value */
  ST_TBODY,  /* body line */
  ST_TBOL,   /* body, at the start of a line */
  ST_TSEP,   /* a line that began with RS or FF */
  /* JSON Lines */
  ST_JSTART,    /* line start */
  ST_JOBJ_OPEN, /* after '{': key or '}' */
  ST_JOBJ_NEXT, /* after ',' in an object: key */
  ST_JKEY,      /* in a member name */
  ST_JCOLON,    /* after a member name */
  ST_JVALUE,    /* a value is due */
  ST_JARR_OPEN, /* after '[': value or ']' */
  ST_JAFTER,    /* after a value: ',' or a closing bracket */
  ST_JSTR,      /* in a string value */
  ST_JNUM,      /* in a number */
  ST_JLIT,      /* in true / false / null */
  ST_JTAIL,     /* after the line's object: blanks up to the newline */
  ST_JSKIP      /* a malformed line, skipped to its newline */
};

/* Text record phases: what a line that is not a separator means. */
enum { PH_NONE, PH_HDR, PH_BODYLEAD, PH_BODY };

/* String sub-states. */
enum { SS_NORM, SS_ESC, SS_U, SS_HI_BS, SS_HI_U };
enum { STR_MORE, STR_END, STR_BAD };

/* Number sub-states (RFC 8259 grammar). */
enum { N_MINUS, N_ZERO, N_INT, N_DOT, N_FRAC, N_E, N_ESIGN, N_EXP };

static const char *const literals[3] = {"true", "false", "null"};

/* Bytes that end a run of plain string content: the quote, the backslash and the
 * control characters, except tab and CR, which are accepted raw (lenient: producers
 * that forget to escape them are common and the meaning is unambiguous). */
static const unsigned char str_stop[256] = {
    [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1,
    [0x06] = 1, [0x07] = 1, [0x08] = 1, [0x0A] = 1, [0x0B] = 1, [0x0C] = 1,
    [0x0E] = 1, [0x0F] = 1, [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1,
    [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1, [0x18] = 1, [0x19] = 1,
    [0x1A] = 1, [0x1B] = 1, [0x1C] = 1, [0x1D] = 1, [0x1E] = 1, [0x1F] = 1,
    ['"'] = 1,  ['\\'] = 1};

static int is_blank(unsigned c) { return c == ' ' || c == '\t' || c == '\r'; }
static int is_ws(unsigned c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* End of s[lo..end) without a trailing incomplete UTF-8 sequence, so a cut never
 * leaves half a character. */
static size_t utf8_cut(const unsigned char *s, size_t lo, size_t end) {
  size_t k = end;
  while (k > lo && end - k < 3 && (s[k - 1] & 0xC0) == 0x80) k--;
  if (k > lo) {
    unsigned b = s[k - 1];
    size_t need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (end - (k - 1) < need) return k - 1;
  }
  return end;
}

/* ---- the article being built ---- */

static void art_begin(ds_framer *f, uint64_t off, uint64_t line) {
  f->len = 0;
  memset(f->fs, 0, sizeof f->fs);
  f->aoff = off;
  f->aline = line;
  f->nz = 0;
  f->over = f->full = 0;
  f->fld = -1;
  f->sink = SINK_NONE;
  f->id_seen = 0;
  f->idlen = 0;
}

static void field_begin(ds_framer *f, int fld) {
  f->fld = fld;
  f->fstart = (uint32_t)f->len;
  f->commit = f->fstart;
  f->fnz = 0;
  f->wslost = 0;
  if (fld == F_ID) {
    f->idlen = 0;
    f->id_seen = 0;
  }
}

static void field_done(ds_framer *f, size_t end) {
  f->fs[f->fld].off = f->fstart;
  f->fs[f->fld].len = (uint32_t)(end - f->fstart);
  if (f->fnz)
    f->nz |= 1u << f->fld;
  else
    f->nz &= ~(1u << f->fld);
  if (f->fld == F_ID) f->id_seen = 1;
  f->fld = -1;
}

static void id_add(ds_framer *f, const unsigned char *s, size_t n) {
  size_t room = sizeof f->idk - 1 - f->idlen;
  if (n > room) n = room;
  memcpy(f->idk + f->idlen, s, n);
  f->idlen = (unsigned char)(f->idlen + n);
}

/* Too big: remember it, store nothing more. In truncate mode what is stored stays,
 * minus a character cut in half. */
static void overflow(ds_framer *f) {
  f->over = 1;
  f->full = 1;
  f->len = utf8_cut((const unsigned char *)f->buf, f->fstart, f->len);
}

/* JSON: append decoded bytes to the field. A run may be clipped; a unit (one decoded
 * escape) is stored whole or not at all. */
static void jput(ds_framer *f, const unsigned char *s, size_t n, int unit) {
  size_t room;
  if (f->fld == F_ID) id_add(f, s, n);
  f->fnz = 1;
  if (f->full) return;
  room = f->cap - f->len;
  if (n <= room) {
    memcpy(f->buf + f->len, s, n);
    f->len += n;
    return;
  }
  if (!unit) {
    memcpy(f->buf + f->len, s, room);
    f->len += room;
  }
  overflow(f);
}

/* Text: append to the field; trailing blanks are tentative (the field is trimmed), so
 * blanks that do not fit only count as an overflow once non-blank text follows them. */
static void tput(ds_framer *f, const unsigned char *s, size_t n) {
  size_t k = n, room;
  while (k && is_ws(s[k - 1])) k--;
  if (f->fld == F_ID) id_add(f, s, n);
  if (k) f->fnz = 1;
  if (f->full) return;
  if (k && f->wslost) {
    overflow(f);
    return;
  }
  room = f->cap - f->len;
  if (n <= room) {
    memcpy(f->buf + f->len, s, n);
    if (k) f->commit = (uint32_t)(f->len + k);
    f->len += n;
    return;
  }
  memcpy(f->buf + f->len, s, room);
  if (k <= room) { /* only blanks are lost, so far */
    if (k) f->commit = (uint32_t)(f->len + k);
    f->len += room;
    f->wslost = 1;
    return;
  }
  f->len += room;
  overflow(f);
  {
    size_t c = f->len;
    while (c > f->fstart && is_ws((unsigned char)f->buf[c - 1])) c--;
    f->commit = (uint32_t)c;
  }
}

static void set_err(ds_framer *f, int code, uint64_t off, uint64_t line) {
  f->err.code = code;
  f->err.offset = off;
  f->err.line = line;
  if (f->id_seen) {
    size_t n = utf8_cut((const unsigned char *)f->idk, 0, f->idlen);
    memcpy(f->err_id, f->idk, n);
    f->err_id[n] = '\0';
  } else {
    f->err_id[0] = '\0';
  }
}

/* The current article is complete: deliver it, report it too big, or drop it
 * silently when it has neither title nor body (nothing to extract from; not counted). */
static int art_done(ds_framer *f, ds_article *out) {
  uint64_t index = f->articles + f->skipped;
  if (!(f->nz & NZ_TEXT)) return 0;
  if (f->over) {
    set_err(f, DS_ETOOBIG, f->aoff, f->aline);
    if (f->oversize == DS_OVERSIZE_SKIP) {
      f->skipped++;
      return DS_ETOOBIG;
    }
  }
  out->buf = f->buf;
  out->id = f->fs[F_ID];
  out->source = f->fs[F_SOURCE];
  out->url = f->fs[F_URL];
  out->published = f->fs[F_PUBLISHED];
  out->title = f->fs[F_TITLE];
  out->body = f->fs[F_BODY];
  out->offset = f->aoff;
  out->line = f->aline;
  out->index = index;
  out->truncated = f->over;
  f->articles++;
  return 1;
}

/* ---- text helpers ---- */

static void text_field_done(ds_framer *f) {
  if (f->fld == F_ID)
    while (f->idlen && is_ws((unsigned char)f->idk[f->idlen - 1])) f->idlen--;
  field_done(f, f->commit);
  f->len = f->commit; /* the trimmed blanks give their room back */
}

static void body_begin(ds_framer *f) {
  field_begin(f, F_BODY);
  f->tph = PH_BODY;
}

static void rec_begin(ds_framer *f, uint64_t off, uint64_t line) {
  art_begin(f, off, line);
  f->tph = PH_HDR;
}

static int rec_done(ds_framer *f, ds_article *out) {
  if (f->tph == PH_BODY) text_field_done(f);
  f->tph = PH_NONE;
  return art_done(f, out);
}

/* ---- JSON helpers ---- */

static void jout(ds_framer *f, const unsigned char *s, size_t n, int unit) {
  if (f->sink == SINK_FIELD) {
    jput(f, s, n, unit);
  } else if (f->sink == SINK_KEY) {
    size_t room = sizeof f->key - f->klen;
    memcpy(f->key + f->klen, s, n < room ? n : room);
    /* saturate: a key this long names no field */
    f->klen = (unsigned char)(n < room ? f->klen + n : sizeof f->key);
  }
}

static void jout_cp(ds_framer *f, uint32_t cp) {
  unsigned char b[4];
  size_t n;
  if (cp < 0x80) {
    b[0] = (unsigned char)cp;
    n = 1;
  } else if (cp < 0x800) {
    b[0] = (unsigned char)(0xC0 | (cp >> 6));
    b[1] = (unsigned char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    b[0] = (unsigned char)(0xE0 | (cp >> 12));
    b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    b[2] = (unsigned char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    b[0] = (unsigned char)(0xF0 | (cp >> 18));
    b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    b[3] = (unsigned char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  jout(f, b, n, 1);
}

static int hexval(unsigned c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  c |= 0x20;
  if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
  return -1;
}

/* A complete \uXXXX in f->cp: pair it with a pending high surrogate, hold it as one,
 * or emit it; unpaired surrogates become U+FFFD. */
static void got_u(ds_framer *f) {
  uint32_t cp = f->cp;
  if (f->hi) {
    uint32_t hi = f->hi;
    f->hi = 0;
    if (cp >= 0xDC00 && cp <= 0xDFFF) {
      jout_cp(f, 0x10000 + ((hi - 0xD800) << 10) + (cp - 0xDC00));
      f->sub = SS_NORM;
      return;
    }
    jout_cp(f, 0xFFFD);
  }
  if (cp >= 0xD800 && cp <= 0xDBFF) {
    f->hi = cp;
    f->sub = SS_HI_BS;
    return;
  }
  jout_cp(f, (cp >= 0xDC00 && cp <= 0xDFFF) ? 0xFFFD : cp);
  f->sub = SS_NORM;
}

/* Advance through string content from p[*pi]. STR_END: the closing quote was
 * consumed; STR_BAD: p[*pi] cannot be in a string (not consumed, it may be the line's
 * newline); STR_MORE: all input consumed. */
static int jstr(ds_framer *f, const unsigned char *p, size_t n, size_t *pi) {
  size_t i = *pi;
  while (i < n) {
    unsigned c;
    if (f->sub == SS_NORM) {
      size_t j = i;
      /* eight bytes at a time while none is a quote, a backslash or below 0x20 (SWAR:
       * the has-less-than trick; a tab or CR also stops it, and the byte loop decides) */
      const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
      while (j + 8 <= n) {
        uint64_t w;
        memcpy(&w, p + j, 8);
        const uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
        if ((((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs) break;
        j += 8;
      }
      while (j < n && !str_stop[p[j]]) j++;
      if (j > i && f->sink != SINK_NONE) jout(f, p + i, j - i, 0);
      i = j;
      if (i == n) break;
      c = p[i];
      if (c == '"') {
        *pi = i + 1;
        return STR_END;
      }
      if (c != '\\') break; /* a control character */
      f->sub = SS_ESC;
      i++;
      continue;
    }
    c = p[i];
    switch (f->sub) {
    case SS_ESC: {
      unsigned char b;
      switch (c) {
      case '"': b = '"'; break;
      case '\\': b = '\\'; break;
      case '/': b = '/'; break;
      case 'b': b = '\b'; break;
      case 'f': b = '\f'; break;
      case 'n': b = '\n'; break;
      case 'r': b = '\r'; break;
      case 't': b = '\t'; break;
      case 'u':
        f->sub = SS_U;
        f->ucount = 0;
        f->cp = 0;
        i++;
        continue;
      default:
        *pi = i;
        return STR_BAD;
      }
      jout(f, &b, 1, 1);
      f->sub = SS_NORM;
      i++;
      continue;
    }
    case SS_U: {
      int v = hexval(c);
      if (v < 0) {
        *pi = i;
        return STR_BAD;
      }
      f->cp = (f->cp << 4) | (uint32_t)v;
      i++;
      if (++f->ucount == 4) got_u(f);
      continue;
    }
    case SS_HI_BS: /* a high surrogate wants "\u" + a low one next */
      if (c == '\\') {
        f->sub = SS_HI_U;
        i++;
      } else {
        f->hi = 0;
        jout_cp(f, 0xFFFD);
        f->sub = SS_NORM;
      }
      continue;
    default: /* SS_HI_U */
      if (c == 'u') {
        f->sub = SS_U;
        f->ucount = 0;
        f->cp = 0;
        i++;
      } else { /* some other escape follows the lone high surrogate */
        f->hi = 0;
        jout_cp(f, 0xFFFD);
        f->sub = SS_ESC;
      }
      continue;
    }
  }
  *pi = i;
  return i < n ? STR_BAD : STR_MORE;
}

/* One byte of a number: 1 accepted, 0 the number ended before c, -1 malformed. */
static int num_step(ds_framer *f, unsigned c) {
  int d = c >= '0' && c <= '9';
  switch (f->sub) {
  case N_MINUS:
    if (!d) return -1;
    f->sub = c == '0' ? N_ZERO : N_INT;
    return 1;
  case N_INT:
    if (d) return 1;
    /* fall through */
  case N_ZERO:
    if (c == '.') {
      f->sub = N_DOT;
      return 1;
    }
    if (c == 'e' || c == 'E') {
      f->sub = N_E;
      return 1;
    }
    return 0;
  case N_DOT:
    if (!d) return -1;
    f->sub = N_FRAC;
    return 1;
  case N_FRAC:
    if (d) return 1;
    if (c == 'e' || c == 'E') {
      f->sub = N_E;
      return 1;
    }
    return 0;
  case N_E:
    if (c == '+' || c == '-') {
      f->sub = N_ESIGN;
      return 1;
    }
    if (!d) return -1;
    f->sub = N_EXP;
    return 1;
  case N_ESIGN:
    if (!d) return -1;
    f->sub = N_EXP;
    return 1;
  default: /* N_EXP */
    return d ? 1 : 0;
  }
}

static int push_nest(ds_framer *f, int is_array) {
  uint32_t d = f->depth;
  if (d >= DS_FRAME_MAX_DEPTH) return -1;
  if (is_array)
    f->nest[d >> 3] = (unsigned char)(f->nest[d >> 3] | (1u << (d & 7)));
  else
    f->nest[d >> 3] = (unsigned char)(f->nest[d >> 3] & ~(1u << (d & 7)));
  f->depth = d + 1;
  return 0;
}

static int top_is_array(const ds_framer *f) {
  uint32_t d = f->depth - 1;
  return (f->nest[d >> 3] >> (d & 7)) & 1;
}

static int key_field(const ds_framer *f) {
  int k;
  for (k = 0; k < F_COUNT; k++) {
    unsigned j = 0;
    if (key_lens[k] != f->klen) continue;
    while (j < f->klen && (unsigned char)key_names[k][j] == f->key[j]) j++;
    if (j == f->klen) return k;
  }
  return -1;
}

/* A malformed JSON line: report it once, skip the rest of it. */
static int json_bad(ds_framer *f) {
  set_err(f, DS_EJSON, f->lstart, f->line);
  f->skipped++;
  f->fld = -1;
  f->sink = SINK_NONE;
  f->st = ST_JSKIP;
  return DS_EJSON;
}

/* ---- the machine ---- */

static int run(ds_framer *f, const unsigned char *p, size_t n, size_t *used,
               ds_article *out) {
  size_t i = 0;
  int rc = 0;

/* the byte p[i] is a newline being consumed */
#define NEWLINE()                        \
  do {                                   \
    f->line++;                           \
    f->lstart = f->offset + i + 1;       \
    i++;                                 \
  } while (0)

  while (i < n) {
    unsigned c = p[i];
    switch (f->st) {
    /* ---------------- text (and AUTO) ---------------- */
    /* Blanks before a record or its body are skipped, not kept: AUTO has to look
     * past them before it knows the format, and this way TEXT agrees with it. */
    case ST_LEAD:
      if (c == '\n') {
        NEWLINE();
        f->bol = 1;
        if (f->tph == PH_HDR) f->tph = PH_BODYLEAD; /* blank line ends the headers */
        continue;
      }
      if (is_blank(c)) {
        f->bol = 0;
        i++;
        continue;
      }
      if (f->format == DS_INPUT_AUTO) {
        if (c == '{') {
          f->format = DS_INPUT_JSONL;
          f->st = ST_JSTART;
          continue;
        }
        f->format = DS_INPUT_TEXT;
      }
      if (f->bol && (c == RS || c == FF)) {
        f->sepc = (unsigned char)c;
        f->sepcr = 0;
        f->sep_off = f->offset + i;
        f->sep_line = f->line;
        f->st = ST_TSEP;
        i++;
        continue;
      }
      if (f->tph == PH_BODYLEAD) {
        body_begin(f);
        f->st = ST_TBODY;
        continue;
      }
      if (f->tph == PH_NONE) rec_begin(f, f->offset + i, f->line);
      f->klen = 0;
      f->kmask = TEXT_KEYS;
      f->st = ST_TKEY;
      continue;

    case ST_TSEP:
      if (c == '\r' && !f->sepcr) {
        f->sepcr = 1;
        i++;
        continue;
      }
      if (c == '\n') { /* a separator line: the record ends */
        NEWLINE();
        f->bol = 1;
        f->st = ST_LEAD;
        if (f->tph != PH_NONE) {
          rc = rec_done(f, out);
          if (rc) goto done;
        }
        continue;
      }
      /* not a separator after all: the line is text */
      if (f->tph == PH_NONE) rec_begin(f, f->sep_off, f->sep_line);
      if (f->tph != PH_BODY) body_begin(f);
      tput(f, &f->sepc, 1);
      if (f->sepcr) tput(f, (const unsigned char *)"\r", 1);
      f->st = ST_TBODY;
      continue;

    case ST_TKEY: {
      unsigned lc = c | 0x20, m = 0, k;
      if (c == ':') {
        for (k = 0; k < F_BODY; k++)
          if (((f->kmask >> k) & 1) && key_lens[k] == f->klen) break;
        if (k < F_BODY) {
          field_begin(f, (int)k);
          f->st = ST_TVLEAD;
          i++;
          continue;
        }
      } else if (lc >= 'a' && lc <= 'z' && f->klen < KEY_MAX) {
        for (k = 0; k < F_BODY; k++)
          if (((f->kmask >> k) & 1) && (unsigned char)key_names[k][f->klen] == lc) m |= 1u << k;
      }
      if (m) {
        f->key[f->klen++] = (unsigned char)c;
        f->kmask = (unsigned char)m;
        i++;
        continue;
      }
      /* not a header: this line starts the body */
      body_begin(f);
      tput(f, f->key, f->klen);
      f->st = ST_TBODY;
      continue;
    }

    case ST_TVLEAD:
      if (is_blank(c)) {
        i++;
        continue;
      }
      if (c == '\n') {
        text_field_done(f);
        NEWLINE();
        f->bol = 1;
        f->st = ST_LEAD;
        continue;
      }
      f->st = ST_TVAL;
      continue;

    case ST_TVAL:
    case ST_TBODY: {
      const unsigned char *nl = memchr(p + i, '\n', n - i);
      size_t j = nl ? (size_t)(nl - p) : n;
      if (j > i) tput(f, p + i, j - i);
      i = j;
      if (!nl) continue;
      if (f->st == ST_TVAL) {
        text_field_done(f);
        f->bol = 1;
        f->st = ST_LEAD;
      } else {
        tput(f, nl, 1);
        f->st = ST_TBOL;
      }
      NEWLINE();
      continue;
    }

    case ST_TBOL:
      if (c == RS || c == FF) {
        f->sepc = (unsigned char)c;
        f->sepcr = 0;
        f->sep_off = f->offset + i;
        f->sep_line = f->line;
        f->st = ST_TSEP;
        i++;
        continue;
      }
      f->st = ST_TBODY;
      continue;

    /* ---------------- JSON Lines ---------------- */
    case ST_JSTART:
      if (is_blank(c)) {
        i++;
        continue;
      }
      if (c == '\n') {
        NEWLINE();
        continue;
      }
      if (c != '{') {
        f->id_seen = 0; /* no id on this line: don't report the last line's */
        goto bad;
      }
      art_begin(f, f->lstart, f->line);
      f->depth = 0;
      push_nest(f, 0);
      f->st = ST_JOBJ_OPEN;
      i++;
      continue;

    case ST_JOBJ_OPEN:
    case ST_JOBJ_NEXT:
      if (is_blank(c)) {
        i++;
        continue;
      }
      if (c == '"') {
        f->sink = f->depth == 1 ? SINK_KEY : SINK_NONE;
        f->klen = 0;
        f->sub = SS_NORM;
        f->hi = 0;
        f->st = ST_JKEY;
        i++;
        continue;
      }
      if (c == '}' && f->st == ST_JOBJ_OPEN) goto close;
      goto bad;

    case ST_JKEY:
    case ST_JSTR: {
      int r = jstr(f, p, n, &i);
      if (r == STR_MORE) continue;
      if (r == STR_BAD) goto bad;
      if (f->st == ST_JKEY) {
        if (f->depth == 1) f->kfld = key_field(f);
        f->st = ST_JCOLON;
      } else {
        if (f->sink == SINK_FIELD) field_done(f, f->len);
        f->st = ST_JAFTER;
      }
      f->sink = SINK_NONE;
      continue;
    }

    case ST_JCOLON:
      if (is_blank(c)) {
        i++;
        continue;
      }
      if (c != ':') goto bad;
      f->st = ST_JVALUE;
      i++;
      continue;

    case ST_JARR_OPEN:
      if (c == ']') goto close;
      /* fall through */
    case ST_JVALUE:
      if (is_blank(c)) {
        i++;
        continue;
      }
      if (c == '"') {
        if (f->depth == 1 && f->kfld >= 0) {
          f->sink = SINK_FIELD;
          field_begin(f, f->kfld);
        }
        f->sub = SS_NORM;
        f->hi = 0;
        f->st = ST_JSTR;
        i++;
        continue;
      }
      if (c == '{' || c == '[') {
        if (push_nest(f, c == '[') < 0) goto bad;
        f->st = c == '{' ? ST_JOBJ_OPEN : ST_JARR_OPEN;
        i++;
        continue;
      }
      if (c == '-' || (c >= '0' && c <= '9')) {
        if (f->depth == 1 && f->kfld == F_ID) { /* a numeric id keeps its text */
          f->sink = SINK_FIELD;
          field_begin(f, F_ID);
          jout(f, p + i, 1, 0);
        }
        f->sub = c == '-' ? N_MINUS : c == '0' ? N_ZERO : N_INT;
        f->st = ST_JNUM;
        i++;
        continue;
      }
      if (c == 't' || c == 'f' || c == 'n') {
        f->lit = c == 't' ? 0 : c == 'f' ? 1 : 2;
        f->litpos = 1;
        f->st = ST_JLIT;
        i++;
        continue;
      }
      goto bad;

    case ST_JAFTER:
      if (is_blank(c)) {
        i++;
        continue;
      }
      if (c == ',') {
        f->st = top_is_array(f) ? ST_JVALUE : ST_JOBJ_NEXT;
        i++;
        continue;
      }
      if ((c == '}' && !top_is_array(f)) || (c == ']' && top_is_array(f))) goto close;
      goto bad;

    case ST_JNUM: {
      size_t j = i;
      int r = 0;
      while (j < n && (r = num_step(f, p[j])) == 1) j++;
      if (j > i && f->sink == SINK_FIELD) jout(f, p + i, j - i, 0);
      i = j;
      if (i == n) continue;
      if (r < 0) goto bad;
      /* the number ended before p[i] (valid end states only get here) */
      if (f->sink == SINK_FIELD) field_done(f, f->len);
      f->sink = SINK_NONE;
      f->st = ST_JAFTER;
      continue;
    }

    case ST_JLIT:
      if (c != (unsigned char)literals[f->lit][f->litpos]) goto bad;
      i++;
      if (literals[f->lit][++f->litpos] == '\0') f->st = ST_JAFTER;
      continue;

    case ST_JTAIL:
      if (is_blank(c)) {
        i++;
        continue;
      }
      if (c != '\n') goto bad;
      NEWLINE();
      f->st = ST_JSTART;
      rc = art_done(f, out);
      if (rc) goto done;
      continue;

    default: { /* ST_JSKIP */
      const unsigned char *nl = memchr(p + i, '\n', n - i);
      if (!nl) {
        i = n;
        continue;
      }
      i = (size_t)(nl - p);
      NEWLINE();
      f->st = ST_JSTART;
      continue;
    }
    }

  close: /* p[i] closes the innermost container */
    f->depth--;
    f->st = f->depth ? ST_JAFTER : ST_JTAIL;
    i++;
    continue;
  bad: /* p[i] makes the JSON line malformed; not consumed (it may be the newline) */
    rc = json_bad(f);
    goto done;
  }
#undef NEWLINE

done:
  f->offset += i;
  *used = i;
  return rc;
}

int ds_frame_init(ds_framer *f, ds_input_format fmt, ds_oversize oversize, char *buf,
                  size_t cap) {
  if (!f || !buf || cap < 64) return DS_EINVAL;
  if (fmt != DS_INPUT_AUTO && fmt != DS_INPUT_JSONL && fmt != DS_INPUT_TEXT)
    return DS_EINVAL;
  if (oversize != DS_OVERSIZE_SKIP && oversize != DS_OVERSIZE_TRUNCATE) return DS_EINVAL;
  memset(f, 0, sizeof *f);
  f->format = fmt;
  f->line = 1;
  f->buf = buf;
  /* spans are 32-bit: a larger buffer is used only up to what they can address */
  f->cap = cap > UINT32_MAX ? UINT32_MAX : cap;
  f->oversize = oversize;
  f->st = fmt == DS_INPUT_JSONL ? ST_JSTART : ST_LEAD;
  f->tph = PH_NONE;
  f->bol = 1;
  f->fld = -1;
  f->kfld = -1;
  return 0;
}

int ds_frame_push(ds_framer *f, const char *data, size_t len, size_t *used,
                  ds_article *out) {
  if (!f || !used || !out || (!data && len)) return DS_EINVAL;
  if (!len) {
    *used = 0;
    return 0;
  }
  return run(f, (const unsigned char *)data, len, used, out);
}

/* End of stream: a final line without its newline is that line with one, so feed the
 * machine a newline that is not part of the stream (offset and line stay put); a
 * text record still open then ends as at a separator. */
int ds_frame_finish(ds_framer *f, ds_article *out) {
  uint64_t off, line, lstart;
  size_t used;
  int rc;
  if (!f || !out) return DS_EINVAL;
  off = f->offset;
  line = f->line;
  lstart = f->lstart;
  rc = run(f, (const unsigned char *)"\n", 1, &used, out);
  f->offset = off;
  f->line = line;
  f->lstart = lstart;
  if (rc) return rc;
  if (f->format == DS_INPUT_TEXT && f->tph != PH_NONE) {
    f->st = ST_LEAD;
    f->bol = 1;
    return rec_done(f, out);
  }
  return 0;
}

const char *ds_input_format_name(ds_input_format f) {
  switch (f) {
  case DS_INPUT_AUTO:
    return "auto";
  case DS_INPUT_JSONL:
    return "jsonl";
  case DS_INPUT_TEXT:
    return "text";
  }
  return "?";
}
