/* An article: what the framer hands the extractor. */
#ifndef DEALSTREAM_ARTICLE_H
#define DEALSTREAM_ARTICLE_H

#include <stdint.h>

#include "span.h"

typedef struct ds_article {
  const char *buf; /* the framer's article buffer; every span below is into it */
  ds_span id, source, url, published, title, body; /* len 0: absent; text is UTF-8 */
  uint64_t offset;   /* decoded-stream byte offset where the article began */
  uint64_t line;     /* 1-based line where it began (JSONL: its line) */
  uint64_t index;    /* 0-based position in the stream, counting skipped ones */
  uint32_t truncated; /* 1: the article was longer than the buffer and cut */
} ds_article;

#endif
