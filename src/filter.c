/* Subscriptions and event filters: see filter.h. */
#include <stdio.h>
#include <string.h>

#include "dealstream/error.h"
#include "dealstream/event.h"
#include "dealstream/filter.h"
#include "dealstream/mpread.h"

int ds_deal_type_from_name(const char *s, size_t n) {
  for (int t = 0; t < DS_TYPE_COUNT; t++)
    if (ds_mpr_eq(s, n, ds_deal_type_name(t))) return t;
  return -1;
}

static int fail(char *err, size_t cap, const char *what) {
  if (err && cap) snprintf(err, cap, "%s", what);
  return DS_EINVAL;
}

/* A list given as an array of strings or as one string. Calls fn for each. */
typedef int (*str_fn)(ds_subscribe *s, const char *v, size_t n, char *err, size_t cap);

static int str_list(ds_mpr *r, ds_subscribe *s, str_fn fn, const char *key, char *err,
                    size_t cap) {
  const char *v;
  size_t n;
  uint32_t k;
  char msg[96];
  if (ds_mpr_str(r, &v, &n) == 0) return fn(s, v, n, err, cap);
  if (ds_mpr_nil(r) == 0) return 0;
  if (ds_mpr_array(r, &k) < 0) {
    snprintf(msg, sizeof msg, "'%s' must be a string or an array of strings", key);
    return fail(err, cap, msg);
  }
  for (uint32_t i = 0; i < k; i++) {
    if (ds_mpr_str(r, &v, &n) < 0) {
      snprintf(msg, sizeof msg, "'%s' must be an array of strings", key);
      return fail(err, cap, msg);
    }
    int rc = fn(s, v, n, err, cap);
    if (rc) return rc;
  }
  return 0;
}

static int add_type(ds_subscribe *s, const char *v, size_t n, char *err, size_t cap) {
  int t = ds_deal_type_from_name(v, n);
  if (t < 0) {
    char msg[128];
    snprintf(msg, sizeof msg, "unknown deal type '%.*s' in 'types'", (int)(n > 40 ? 40 : n), v);
    return fail(err, cap, msg);
  }
  s->filter.types |= 1u << t;
  return 0;
}

static int add_party(ds_subscribe *s, const char *v, size_t n, char *err, size_t cap) {
  ds_filter *f = &s->filter;
  if (f->nparties >= DS_FILTER_MAX_PARTIES) return fail(err, cap, "too many entries in 'party'");
  if (n == 0 || n >= DS_KEY_MAX) return fail(err, cap, "a 'party' entry is empty or too long");
  memcpy(f->party[f->nparties], v, n);
  f->party[f->nparties][n] = 0;
  f->nparties++;
  return 0;
}

static int min_value(ds_mpr *r, ds_filter *f, char *err, size_t cap) {
  uint32_t n;
  const char *k, *v;
  size_t kl, vl;
  int have_amount = 0;
  if (ds_mpr_nil(r) == 0) return 0;
  if (ds_mpr_map(r, &n) < 0) return fail(err, cap, "'min_value' must be a map {amount, currency}");
  for (uint32_t i = 0; i < n; i++) {
    if (ds_mpr_str(r, &k, &kl) < 0) return fail(err, cap, "'min_value' has a non-string key");
    if (ds_mpr_eq(k, kl, "amount")) {
      if (ds_mpr_number(r, &f->min_amount) < 0)
        return fail(err, cap, "'min_value.amount' must be a number");
      have_amount = 1;
    } else if (ds_mpr_eq(k, kl, "currency")) {
      if (ds_mpr_str(r, &v, &vl) < 0 || vl != 3)
        return fail(err, cap, "'min_value.currency' must be a 3-letter code");
      memcpy(f->min_currency, v, 3);
      f->min_currency[3] = 0;
    } else if (ds_mpr_skip(r) < 0) {
      return fail(err, cap, "malformed 'min_value'");
    }
  }
  if (!have_amount || !f->min_currency[0])
    return fail(err, cap, "'min_value' needs both 'amount' and 'currency'");
  f->has_min = 1;
  return 0;
}

int ds_subscribe_parse(const void *mp, size_t len, ds_subscribe *s, char *err,
                       size_t errcap) {
  ds_mpr r;
  uint32_t n;
  int is_sub = 0;
  memset(s, 0, sizeof *s);
  ds_mpr_init(&r, mp, len);
  if (ds_mpr_map(&r, &n) < 0) return fail(err, errcap, "a subscription must be a msgpack map");
  for (uint32_t i = 0; i < n; i++) {
    const char *k, *v;
    size_t kl, vl;
    int rc = 0;
    if (ds_mpr_str(&r, &k, &kl) < 0) return fail(err, errcap, "a subscription key is not a string");
    if (ds_mpr_eq(k, kl, "type")) {
      if (ds_mpr_str(&r, &v, &vl) < 0 || !ds_mpr_eq(v, vl, "subscribe"))
        return fail(err, errcap, "'type' must be \"subscribe\"");
      is_sub = 1;
    } else if (ds_mpr_eq(k, kl, "types")) {
      rc = str_list(&r, s, add_type, "types", err, errcap);
    } else if (ds_mpr_eq(k, kl, "party")) {
      rc = str_list(&r, s, add_party, "party", err, errcap);
    } else if (ds_mpr_eq(k, kl, "min_value")) {
      rc = min_value(&r, &s->filter, err, errcap);
    } else if (ds_mpr_eq(k, kl, "new_only")) {
      if (ds_mpr_bool(&r, &s->filter.new_only) < 0 && ds_mpr_nil(&r) < 0)
        return fail(err, errcap, "'new_only' must be a boolean");
    } else if (ds_mpr_eq(k, kl, "from_seq")) {
      if (ds_mpr_nil(&r) == 0) continue;
      if (ds_mpr_uint(&r, &s->from_seq) < 0)
        return fail(err, errcap, "'from_seq' must be a non-negative integer");
      s->has_from_seq = 1;
    } else if (ds_mpr_eq(k, kl, "policy")) {
      if (ds_mpr_nil(&r) == 0) continue;
      if (ds_mpr_str(&r, &v, &vl) < 0) return fail(err, errcap, "'policy' must be a string");
      s->has_policy = 1;
      if (ds_mpr_eq(v, vl, "drop")) s->policy = DS_POLICY_DROP;
      else if (ds_mpr_eq(v, vl, "disconnect")) s->policy = DS_POLICY_DISCONNECT;
      else return fail(err, errcap, "'policy' must be \"drop\" or \"disconnect\"");
    } else if (ds_mpr_eq(k, kl, "queue_bytes")) {
      if (ds_mpr_nil(&r) == 0) continue;
      if (ds_mpr_uint(&r, &s->queue_bytes) < 0)
        return fail(err, errcap, "'queue_bytes' must be a non-negative integer");
    } else if (ds_mpr_skip(&r) < 0) {
      return fail(err, errcap, "malformed subscription map");
    }
    if (rc) return rc;
  }
  if (!is_sub) return fail(err, errcap, "not a subscription: 'type' must be \"subscribe\"");
  return 0;
}

static int read_value(ds_mpr *r, ds_evview *v) {
  uint32_t n;
  const char *k, *s;
  size_t kl, sl;
  if (ds_mpr_nil(r) == 0) return 0;
  if (ds_mpr_map(r, &n) < 0) return DS_EMSGPACK;
  for (uint32_t i = 0; i < n; i++) {
    if (ds_mpr_str(r, &k, &kl) < 0) return DS_EMSGPACK;
    if (ds_mpr_eq(k, kl, "amount")) {
      if (ds_mpr_number(r, &v->amount) < 0) return DS_EMSGPACK;
      v->has_value = 1;
    } else if (ds_mpr_eq(k, kl, "currency") && ds_mpr_str(r, &s, &sl) == 0) {
      if (sl == 3) {
        memcpy(v->currency, s, 3);
        v->currency[3] = 0;
      }
    } else if (ds_mpr_skip(r) < 0) {
      return DS_EMSGPACK;
    }
  }
  return 0;
}

static int read_parties(ds_mpr *r, ds_evview *v) {
  uint32_t n, m;
  if (ds_mpr_array(r, &n) < 0) return DS_EMSGPACK;
  for (uint32_t i = 0; i < n; i++) {
    ds_evview_party *p = v->nparties < DS_MAX_PARTIES ? &v->parties[v->nparties] : NULL;
    if (!p) {
      if (ds_mpr_skip(r) < 0) return DS_EMSGPACK;
      continue;
    }
    memset(p, 0, sizeof *p);
    p->name = p->key = "";
    if (ds_mpr_map(r, &m) < 0) return DS_EMSGPACK;
    for (uint32_t j = 0; j < m; j++) {
      const char *k;
      size_t kl;
      if (ds_mpr_str(r, &k, &kl) < 0) return DS_EMSGPACK;
      if (ds_mpr_eq(k, kl, "name") && ds_mpr_str(r, &p->name, &p->name_len) == 0) continue;
      if (ds_mpr_eq(k, kl, "key") && ds_mpr_str(r, &p->key, &p->key_len) == 0) continue;
      if (ds_mpr_skip(r) < 0) return DS_EMSGPACK;
    }
    v->nparties++;
  }
  return 0;
}

int ds_evview_parse(const void *mp, size_t len, ds_evview *v) {
  ds_mpr r;
  uint32_t n;
  memset(v, 0, sizeof *v);
  v->id = "";
  v->type = -1;
  v->first_seen = -1;
  ds_mpr_init(&r, mp, len);
  if (ds_mpr_map(&r, &n) < 0) return DS_EMSGPACK;
  for (uint32_t i = 0; i < n; i++) {
    const char *k, *s;
    size_t kl, sl;
    if (ds_mpr_str(&r, &k, &kl) < 0) return DS_EMSGPACK;
    int rc = 0;
    if (ds_mpr_eq(k, kl, "id") && ds_mpr_str(&r, &v->id, &v->id_len) == 0) continue;
    if (ds_mpr_eq(k, kl, "type") && ds_mpr_str(&r, &s, &sl) == 0) {
      v->type = ds_deal_type_from_name(s, sl);
      continue;
    }
    if (ds_mpr_eq(k, kl, "first_seen") && ds_mpr_bool(&r, &v->first_seen) == 0) continue;
    if (ds_mpr_eq(k, kl, "seq") && ds_mpr_uint(&r, &v->seq) == 0) continue;
    if (ds_mpr_eq(k, kl, "value")) rc = read_value(&r, v);
    else if (ds_mpr_eq(k, kl, "parties")) rc = read_parties(&r, v);
    else rc = ds_mpr_skip(&r);
    if (rc < 0) return DS_EMSGPACK;
  }
  return 0;
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

static int party_match(const char *want, const ds_evview_party *p) {
  size_t n = strlen(want);
  if (ds_mpr_eq(p->key, p->key_len, want)) return 1;
  if (n > p->name_len) return 0;
  for (size_t i = 0; i < n; i++)
    if (lower((unsigned char)want[i]) != lower((unsigned char)p->name[i])) return 0;
  return 1;
}

int ds_filter_match(const ds_filter *f, const ds_evview *v) {
  if (f->types && (v->type < 0 || !(f->types >> v->type & 1u))) return 0;
  if (f->new_only && v->first_seen != 1) return 0;
  if (f->has_min && (!v->has_value || strcmp(v->currency, f->min_currency) != 0 ||
                     !(v->amount >= f->min_amount)))
    return 0;
  if (f->nparties) {
    for (uint32_t i = 0; i < f->nparties; i++)
      for (uint32_t j = 0; j < v->nparties; j++)
        if (party_match(f->party[i], &v->parties[j])) return 1;
    return 0;
  }
  return 1;
}
