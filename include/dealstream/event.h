/* A deal event as the extractor finds it: fixed-size, with spans into the article.
 * The vocabularies (types, roles, status) are those of the annotation guideline. */
#ifndef DEALSTREAM_EVENT_H
#define DEALSTREAM_EVENT_H

#include <stdint.h>

#include "config.h"
#include "span.h"

#ifdef __cplusplus
extern "C" {
#endif

#define DS_DEAL_TYPE_MAP(XX)                                                    \
  XX(ACQUISITION, "acquisition")                                                \
  XX(MERGER, "merger")                                                          \
  XX(JOINT_VENTURE, "joint_venture")                                            \
  XX(MOU, "mou")                                                                \
  XX(PARTNERSHIP, "partnership")                                                \
  XX(INVESTMENT, "investment")                                                  \
  XX(SUPPLY, "supply")                                                          \
  XX(LICENSING, "licensing")

#define DS_ROLE_MAP(XX)                                                         \
  XX(ACQUIRER, "acquirer")                                                      \
  XX(TARGET, "target")                                                          \
  XX(SELLER, "seller")                                                          \
  XX(PARTNER, "partner")                                                        \
  XX(INVESTOR, "investor")                                                      \
  XX(INVESTEE, "investee")                                                      \
  XX(SUPPLIER, "supplier")                                                      \
  XX(CUSTOMER, "customer")                                                      \
  XX(LICENSOR, "licensor")                                                      \
  XX(LICENSEE, "licensee")

#define DS_STATUS_MAP(XX)                                                       \
  XX(PROPOSED, "proposed")                                                      \
  XX(AGREED, "agreed")                                                          \
  XX(COMPLETED, "completed")                                                    \
  XX(TERMINATED, "terminated")

typedef enum {
#define DS__E(n, s) DS_TYPE_##n,
  DS_DEAL_TYPE_MAP(DS__E)
#undef DS__E
  DS_TYPE_COUNT
} ds_deal_type;

typedef enum {
#define DS__E(n, s) DS_ROLE_##n,
  DS_ROLE_MAP(DS__E)
#undef DS__E
  DS_ROLE_COUNT
} ds_role;

typedef enum {
#define DS__E(n, s) DS_STATUS_##n,
  DS_STATUS_MAP(DS__E)
#undef DS__E
  DS_STATUS_COUNT
} ds_status;

const char *ds_deal_type_name(int t); /* "acquisition", ...; "?" if out of range */
const char *ds_role_name(int r);
const char *ds_status_name(int s);

typedef struct ds_party {
  ds_span name;          /* fullest name as written in the article */
  uint8_t role;          /* ds_role */
  char key[DS_KEY_MAX];  /* normalized: lowercased, legal suffixes dropped */
} ds_party;

typedef struct ds_person {
  ds_span name, title, org; /* title/org len 0 when unknown */
} ds_person;

typedef struct ds_event {
  uint8_t type;   /* ds_deal_type */
  uint8_t status; /* ds_status */
  int8_t value_disclosed; /* 1 true, 0 false, -1 unknown (nil) */
  uint8_t has_value;
  double amount;        /* units of the currency, when has_value */
  char currency[4];     /* ISO 4217, NUL-terminated, when has_value */
  char date[11];        /* "YYYY-MM-DD", or "" when unknown */
  uint8_t nparties, npeople, nplaces, nsectors;
  ds_party parties[DS_MAX_PARTIES];
  ds_person people[DS_MAX_PEOPLE];
  ds_span places[DS_MAX_PLACES];
  const char *sectors[DS_MAX_SECTORS]; /* static lexicon strings */
  ds_span evidence;  /* the sentence that states the deal */
  ds_span trigger;   /* the words that fired the rule */
  uint16_t rule;     /* index of the rule that fired (see ds_rule_name()) */
} ds_event;

#ifdef __cplusplus
}
#endif
#endif
