/* Extractor: finds the deals one article reports and writes them as events into a
 * caller array, with spans into the article's buffer. Never allocates: its working
 * memory is the ds_extractor context the caller places (ds_extract_memory() tells how
 * big). Rules are data (src/rules_*.c): lexicons, trigger patterns, role frames. */
#ifndef DEALSTREAM_EXTRACT_H
#define DEALSTREAM_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "article.h"
#include "config.h"
#include "event.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ds_extractor ds_extractor; /* defined in src/extract_int.h */

/* Bytes a ds_extractor needs. Place that many bytes, aligned for max_align_t. */
size_t ds_extract_memory(void);

/* Prepare the context in mem (ds_extract_memory() bytes): the word table and the rule
 * patterns compiled into tables. Returns it, or NULL when mem is NULL, too small or
 * misaligned, or when the rules outgrow the compiled tables' compile-time limits (a
 * build mistake; tests/unit/test_rules.c checks the room left). */
ds_extractor *ds_extract_init(void *mem, size_t len);

/* Find the deals in a. Writes up to cap events to ev; returns how many (>= 0). The
 * events' spans point into a->buf and stay valid as long as it does. */
int ds_extract(ds_extractor *x, const ds_article *a, ds_event *ev, size_t cap);

/* --explain support: called for every candidate the extractor weighs, kept or
 * rejected. why is a short static reason ("kept", "background", "no parties", ...). */
typedef void (*ds_explain_fn)(void *ud, const ds_article *a, const ds_event *candidate,
                              int kept, const char *why);
void ds_extract_set_explain(ds_extractor *x, ds_explain_fn fn, void *ud);

/* Name of rule number r (ds_event.rule), for --explain. */
const char *ds_rule_name(unsigned r);

#ifdef __cplusplus
}
#endif
#endif
