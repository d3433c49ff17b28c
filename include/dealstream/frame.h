/* Framer: cuts decoded bytes into articles, incrementally, identically whatever the
 * chunking. Two input formats, detected from the first non-blank byte ('{' means JSON
 * Lines) or chosen:
 *
 *  - JSON Lines: one object a line with "id", "source", "url", "published", "title",
 *    "body" (strings; a numeric "id" keeps its text; other members and values are
 *    validated and ignored). Escapes, \uXXXX and surrogate pairs included, are decoded
 *    to UTF-8 as the bytes arrive (lone surrogates become U+FFFD). A malformed line is
 *    reported (DS_EJSON, line number) and skipped.
 *  - Plain text: articles separated by a line holding only ASCII RS (0x1E) or a form
 *    feed (0x0C). An article may begin with "Id:", "Source:", "Url:", "Published:",
 *    "Title:" header lines, ended by a blank line. Input with no separator is one
 *    article. Header values and the body are trimmed of surrounding blanks.
 *
 * An article with neither a title nor a body is dropped silently (not counted).
 *
 * Every article is written into the caller's buffer (default DS_ARTICLE_MAX bytes). A
 * longer one is reported (DS_ETOOBIG) and skipped, or truncated to fit, as configured.
 * The framer never allocates; the context and the buffer are the caller's.
 */
#ifndef DEALSTREAM_FRAME_H
#define DEALSTREAM_FRAME_H

#include <stddef.h>
#include <stdint.h>

#include "article.h"
#include "config.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ds_input_format {
  DS_INPUT_AUTO = 0,
  DS_INPUT_JSONL,
  DS_INPUT_TEXT
} ds_input_format;

typedef enum ds_oversize {
  DS_OVERSIZE_SKIP = 0, /* report and drop the article (default) */
  DS_OVERSIZE_TRUNCATE  /* report and deliver what fits, article.truncated = 1 */
} ds_oversize;

/* Deepest JSON nesting accepted inside a line (the line's object is depth 1); a
 * deeper line is malformed (DS_EJSON). Costs DS_FRAME_MAX_DEPTH / 8 bytes of ds_framer. */
#ifndef DS_FRAME_MAX_DEPTH
#define DS_FRAME_MAX_DEPTH 256
#endif

typedef struct ds_framer {
  /* read-only for the caller */
  ds_input_format format; /* detected or chosen; AUTO until the first non-blank byte */
  uint64_t offset;        /* decoded bytes consumed so far */
  uint64_t line;          /* current 1-based line */
  uint64_t articles;      /* articles delivered */
  uint64_t skipped;       /* articles dropped (malformed or oversize) */
  ds_error err;           /* the last problem reported (not sticky: framing goes on) */
  char err_id[64];        /* id of the article the last problem was in, if known */
  /* private: state of the incremental parsers (layout may change) */
  char *buf;
  size_t cap;
  ds_oversize oversize;
  size_t len;                /* bytes of buf the current article uses */
  ds_span fs[6];             /* id, source, url, published, title, body so far */
  uint64_t aoff, aline;      /* where the current article began */
  uint64_t lstart;           /* offset where the current line began */
  uint64_t sep_off, sep_line; /* text: where a possible separator line began */
  int st;                    /* parser state */
  int sub;                   /* sub-state inside a string, number or literal */
  int fld;                   /* field being written, -1 none */
  int sink;                  /* where decoded string bytes go */
  int kfld;                  /* field the last top-level JSON key names, -1 other */
  int tph;                   /* text: record phase */
  uint32_t fstart;           /* where the field being written began in buf */
  uint32_t commit;           /* text: field end without its trailing blanks */
  uint32_t cp, hi;           /* \uXXXX being read; pending high surrogate */
  uint32_t depth;            /* open JSON containers */
  uint32_t nz;               /* bit per field: it has content */
  unsigned char over, full, wslost, fnz, id_seen, bol, sepc, sepcr;
  unsigned char klen, kmask, ucount, lit, litpos, idlen;
  unsigned char key[16];     /* the key being read (JSON member or text header) */
  unsigned char nest[(DS_FRAME_MAX_DEPTH + 7) / 8]; /* bit set: that level is an array */
  char idk[64];              /* the current article's id, for err_id */
} ds_framer;

/* Prepare f over the caller's buf (cap bytes, at least 64; spans are 32-bit, so at most
 * 4 GiB - 1 of it is used). Returns 0 or DS_EINVAL. */
int ds_frame_init(ds_framer *f, ds_input_format fmt, ds_oversize oversize, char *buf,
                  size_t cap);

/* Push decoded bytes. Consumes bytes until an article is complete or the input ends;
 * *used tells how many. Returns:
 *   1          an article is complete: *out describes it, its text lives in the buffer
 *              until the next call; call again with the rest of the input;
 *   0          all input consumed, need more;
 *   DS_EJSON   a malformed JSON line was skipped (f->err has the line and offset);
 *   DS_ETOOBIG an article longer than the buffer was skipped (f->err, f->err_id say
 *              which). In DS_OVERSIZE_TRUNCATE mode a long article is instead
 *              delivered with return 1 and out->truncated = 1 (f->err filled too).
 * After an error, call again with the rest of the input: framing goes on. */
int ds_frame_push(ds_framer *f, const char *data, size_t len, size_t *used,
                  ds_article *out);

/* End of stream: delivers the last article if one is pending (a final line with no
 * newline, a text record with no separator after it). Returns 1 with *out filled, 0 if
 * nothing was pending, or DS_EJSON / DS_ETOOBIG as above (then call again). */
int ds_frame_finish(ds_framer *f, ds_article *out);

const char *ds_input_format_name(ds_input_format f);

#ifdef __cplusplus
}
#endif
#endif
