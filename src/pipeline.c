/* One article stream end to end: decoder -> framer -> extractor -> encoder. */
#include <string.h>

#include "dealstream/pipeline.h"

void ds_pipe_opts_default(ds_pipe_opts *o) {
  memset(o, 0, sizeof *o);
  ds_decode_opts_default(&o->decode);
  o->format = DS_INPUT_AUTO;
  o->oversize = DS_OVERSIZE_SKIP;
}

int ds_pipe_init(ds_pipe *p, const ds_pipe_opts *opts, char *art_buf, size_t art_cap,
                 ds_extractor *x, const ds_pipe_callbacks *cb) {
  ds_pipe_opts def;
  if (!p || !art_buf || !x) return DS_EINVAL;
  if (!opts) {
    ds_pipe_opts_default(&def);
    opts = &def;
  }
  memset(&p->stats, 0, sizeof p->stats);
  p->failed = 0;
  p->x = x;
  if (cb) p->cb = *cb;
  else memset(&p->cb, 0, sizeof p->cb);
  int rc = ds_decode_init(&p->dec, &opts->decode);
  if (rc < 0) return rc;
  return ds_frame_init(&p->fr, opts->format, opts->oversize, art_buf, art_cap);
}

static void report(ds_pipe *p, const ds_error *e, int from_decoder, const char *id) {
  p->stats.errors++;
  if (p->cb.on_error) p->cb.on_error(p->cb.ud, e, from_decoder, id ? id : "");
}

static void article(ds_pipe *p, const ds_article *a) {
  int n = ds_extract(p->x, a, p->ev, DS_MAX_EVENTS);
  int sent = 0;
  p->stats.articles++;
  for (int i = 0; i < n; i++) {
    size_t len;
    int rc = ds_encode_event(&p->ev[i], a, NULL, p->mp, sizeof p->mp, &len);
    if (rc < 0) {
      ds_error e = {rc, a->offset, a->line};
      char id[64];
      size_t il = a->id.len < sizeof id - 1 ? a->id.len : sizeof id - 1;
      memcpy(id, a->buf + a->id.off, il);
      id[il] = 0;
      report(p, &e, 0, id);
      continue;
    }
    p->stats.events++;
    sent++;
    if (p->cb.on_event) p->cb.on_event(p->cb.ud, p->mp, len, &p->ev[i], a);
  }
  if (p->cb.on_article) p->cb.on_article(p->cb.ud, a, sent);
}

/* Frame decoded bytes, handing every finished article on. */
static void frame(ds_pipe *p, const unsigned char *d, size_t n) {
  while (n > 0) {
    size_t used = 0;
    ds_article a;
    int rc = ds_frame_push(&p->fr, (const char *)d, n, &used, &a);
    d += used;
    n -= used;
    if (rc == 1) {
      article(p, &a);
      if (a.truncated) report(p, &p->fr.err, 0, p->fr.err_id);
    } else if (rc < 0) {
      report(p, &p->fr.err, 0, p->fr.err_id);
    } else if (used == 0) {
      break;
    }
  }
}

int ds_pipe_push(ds_pipe *p, const void *data, size_t len) {
  const unsigned char *in = data;
  if (p->failed) return p->dec.err.code ? p->dec.err.code : DS_ESTATE;
  p->stats.bytes_in += len;
  while (len > 0) {
    size_t used = 0, out = 0;
    int rc = ds_decode(&p->dec, in, len, &used, p->chunk, sizeof p->chunk, &out);
    in += used;
    len -= used;
    p->stats.bytes_out += out;
    frame(p, p->chunk, out);
    if (rc < 0) {
      p->failed = 1;
      report(p, &p->dec.err, 1, "");
      return rc;
    }
    if (used == 0 && out == 0) break;
  }
  return 0;
}

int ds_pipe_finish(ds_pipe *p) {
  int rc = 0;
  if (!p->failed) {
    rc = ds_decode_finish(&p->dec);
    if (rc < 0) {
      p->failed = 1;
      report(p, &p->dec.err, 1, "");
    }
  }
  /* Deliver what was completed, even after a decoder error: the last article of a
   * truncated stream is incomplete, so it is only flushed after a clean end. */
  if (!p->failed) {
    for (;;) {
      ds_article a;
      int fr = ds_frame_finish(&p->fr, &a);
      if (fr == 1) {
        article(p, &a);
        if (a.truncated) report(p, &p->fr.err, 0, p->fr.err_id);
        break;
      }
      if (fr < 0) {
        report(p, &p->fr.err, 0, p->fr.err_id);
        continue;
      }
      break;
    }
  }
  return p->failed ? (p->dec.err.code ? p->dec.err.code : rc) : 0;
}
