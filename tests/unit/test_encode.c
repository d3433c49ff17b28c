/* Encoder: schema v1 field by field (through the JSON renderer, compared with exact
 * text), the int/float choice for amounts, DS_ENOBUFS at every short buffer, the deal
 * id's invariances, and a cross-check with msgpack-c's own unpacker. */
#include <stdint.h>
#include <string.h>

#include <msgpack.h>

#include "dealstream/encode.h"
#include "dealstream/error.h"
#include "dealstream/json.h"
#include "t.h"

static const char ART[] =
    "id-42 Reuters https://ex.com/a 1987-03-02T10:00:00Z Acme to \"buy\" Widget\n"
    "NEW YORK - Acme Corp said it agreed to buy Widget Inc for $1.2 billion. "
    "John Smith, chief executive of Acme Corp, said the deal closes soon.";

/* The span of the first occurrence of needle in ART. */
static ds_span sp(const char *needle) {
  const char *p = strstr(ART, needle);
  ds_span s = {0, 0};
  if (p) {
    s.off = (uint32_t)(p - ART);
    s.len = (uint32_t)strlen(needle);
  }
  return s;
}

static void make_article(ds_article *a) {
  memset(a, 0, sizeof *a);
  a->buf = ART;
  a->id = sp("id-42");
  a->source = sp("Reuters");
  a->url = sp("https://ex.com/a");
  a->published = sp("1987-03-02T10:00:00Z");
  a->title = sp("Acme to \"buy\" Widget");
  a->body = sp("NEW YORK");
  a->body.len = (uint32_t)(sizeof ART - 1 - a->body.off);
}

static void set_party(ds_party *p, const char *name, const char *key, int role) {
  memset(p, 0, sizeof *p);
  p->name = sp(name);
  strcpy(p->key, key);
  p->role = (uint8_t)role;
}

static void make_event(ds_event *e) {
  memset(e, 0, sizeof *e);
  e->type = DS_TYPE_ACQUISITION;
  e->status = DS_STATUS_AGREED;
  e->value_disclosed = 1;
  e->has_value = 1;
  e->amount = 1.2e9;
  strcpy(e->currency, "USD");
  strcpy(e->date, "1987-03-02");
  e->nparties = 2;
  set_party(&e->parties[0], "Acme Corp", "acme", DS_ROLE_ACQUIRER);
  set_party(&e->parties[1], "Widget Inc", "widget", DS_ROLE_TARGET);
  e->npeople = 1;
  e->people[0].name = sp("John Smith");
  e->people[0].title = sp("chief executive");
  e->people[0].org = sp("Acme Corp");
  e->nplaces = 1;
  e->places[0] = sp("NEW YORK");
  e->nsectors = 2;
  e->sectors[0] = "industrials";
  e->sectors[1] = "technology";
  e->evidence = sp("Acme Corp said it agreed to buy Widget Inc for $1.2 billion.");
  e->trigger = sp("agreed to buy");
}

#define EXPECT_HEAD                                                                     \
  "{\"v\":1,\"id\":\"d1a3bafce7fd50cbf\",\"type\":\"acquisition\",\"status\":\"agreed\"," \
  "\"parties\":[{\"name\":\"Acme Corp\",\"key\":\"acme\",\"role\":\"acquirer\"},"         \
  "{\"name\":\"Widget Inc\",\"key\":\"widget\",\"role\":\"target\"}],"

#define EXPECT_TAIL                                                                   \
  "\"places\":[\"NEW YORK\"],\"sectors\":[\"industrials\",\"technology\"],"            \
  "\"people\":[{\"name\":\"John Smith\",\"title\":\"chief executive\","                \
  "\"org\":\"Acme Corp\"}],"                                                           \
  "\"article\":{\"id\":\"id-42\",\"source\":\"Reuters\",\"url\":\"https://ex.com/a\"," \
  "\"published\":\"1987-03-02T10:00:00Z\",\"title\":\"Acme to \\\"buy\\\" Widget\"},"  \
  "\"evidence\":{\"text\":\"Acme Corp said it agreed to buy Widget Inc for $1.2 "     \
  "billion.\",\"offset\":84}"

static unsigned char mp[DS_EVENT_MAX];
static char js[4 * DS_EVENT_MAX];

/* Encode and render; returns the JSON length or the first error. */
static int to_json(const ds_event *e, const ds_article *a, const ds_encode_extra *x) {
  size_t n = 0;
  int rc = ds_encode_event(e, a, x, mp, sizeof mp, &n);
  if (rc)
    return rc;
  size_t m = 0;
  if (ds_msgpack_next(mp, n, &m) != 0 || m != n) /* exactly one object, nothing else */
    return -100;
  return ds_msgpack_to_json(mp, n, js, sizeof js);
}

static void check_json(const ds_event *e, const ds_article *a, const ds_encode_extra *x,
                       const char *want) {
  int rc = to_json(e, a, x);
  CHECK_EQ_INT(rc, (int)strlen(want));
  CHECK(strcmp(js, want) == 0);
  if (rc >= 0 && strcmp(js, want) != 0)
    fprintf(stderr, "got:  %s\nwant: %s\n", js, want);
}

static void test_full_event(void) {
  ds_article a;
  ds_event e;
  make_article(&a);
  make_event(&e);
  CHECK_EQ_INT(sp("Acme Corp said").off, 84);
  check_json(&e, &a, NULL,
             EXPECT_HEAD "\"value\":{\"amount\":1200000000,\"currency\":\"USD\"},"
                         "\"value_disclosed\":true,\"date\":\"1987-03-02\"," EXPECT_TAIL "}");

  /* The service's extras, after the schema fields. */
  ds_encode_extra x = {7, 1, 3};
  check_json(&e, &a, &x,
             EXPECT_HEAD "\"value\":{\"amount\":1200000000,\"currency\":\"USD\"},"
                         "\"value_disclosed\":true,\"date\":\"1987-03-02\"," EXPECT_TAIL
                         ",\"seq\":7,\"first_seen\":true,\"mentions\":3}");
  ds_encode_extra x2 = {0, 0, 0}; /* seq and mentions 0 are omitted; first_seen 0 is false */
  check_json(&e, &a, &x2,
             EXPECT_HEAD "\"value\":{\"amount\":1200000000,\"currency\":\"USD\"},"
                         "\"value_disclosed\":true,\"date\":\"1987-03-02\"," EXPECT_TAIL
                         ",\"first_seen\":false}");
  ds_encode_extra x3 = {UINT64_MAX, -1, 0};
  check_json(&e, &a, &x3,
             EXPECT_HEAD "\"value\":{\"amount\":1200000000,\"currency\":\"USD\"},"
                         "\"value_disclosed\":true,\"date\":\"1987-03-02\"," EXPECT_TAIL
                         ",\"seq\":18446744073709551615}");
}

static void test_nils(void) {
  ds_article a;
  ds_event e;
  make_article(&a);
  make_event(&e);
  e.has_value = 0;
  e.value_disclosed = -1;
  e.date[0] = '\0';
  check_json(&e, &a, NULL,
             EXPECT_HEAD "\"value\":null,\"value_disclosed\":null,\"date\":null," EXPECT_TAIL "}");
  e.value_disclosed = 0;
  check_json(&e, &a, NULL,
             EXPECT_HEAD "\"value\":null,\"value_disclosed\":false,\"date\":null," EXPECT_TAIL
                         "}");

  /* Empty collections, absent person details and article fields. */
  make_event(&e);
  e.nplaces = 0;
  e.nsectors = 0;
  e.people[0].title.len = 0;
  e.people[0].org.len = 0;
  e.evidence.len = 0;
  e.evidence.off = 0;
  memset(&a.id, 0, sizeof a.id);
  a.url.len = 0;
  a.published.len = 0;
  a.title.len = 0;
  a.source.len = 0;
  check_json(&e, &a, NULL,
             EXPECT_HEAD "\"value\":{\"amount\":1200000000,\"currency\":\"USD\"},"
                         "\"value_disclosed\":true,\"date\":\"1987-03-02\","
                         "\"places\":[],\"sectors\":[],"
                         "\"people\":[{\"name\":\"John Smith\",\"title\":null,\"org\":null}],"
                         "\"article\":{\"id\":null,\"source\":null,\"url\":null,"
                         "\"published\":null,\"title\":null},"
                         "\"evidence\":{\"text\":\"\",\"offset\":0}}");

  /* No parties: the id is the family's alone. */
  e.nparties = 0;
  e.npeople = 0;
  int rc = to_json(&e, &a, NULL);
  CHECK(rc > 0);
  CHECK(strstr(js, "\"id\":\"d08a95b07b55049db\",") != NULL);
  CHECK(strstr(js, "\"parties\":[],") != NULL);
  CHECK(strstr(js, "\"people\":[],") != NULL);
}

/* The msgpack type the encoder chose for value.amount. */
static int amount_type(double amount, char *json_amount, size_t cap) {
  ds_article a;
  ds_event e;
  make_article(&a);
  make_event(&e);
  e.amount = amount;
  size_t n = 0;
  if (ds_encode_event(&e, &a, NULL, mp, sizeof mp, &n) != 0)
    return -1;
  msgpack_unpacked u;
  msgpack_unpacked_init(&u);
  int type = -1;
  if (msgpack_unpack_next(&u, (const char *)mp, n, NULL) == MSGPACK_UNPACK_SUCCESS &&
      u.data.type == MSGPACK_OBJECT_MAP) {
    const msgpack_object_map *m = &u.data.via.map;
    for (uint32_t i = 0; i < m->size; i++) {
      const msgpack_object *k = &m->ptr[i].key;
      if (k->type == MSGPACK_OBJECT_STR && k->via.str.size == 5 &&
          memcmp(k->via.str.ptr, "value", 5) == 0 && m->ptr[i].val.type == MSGPACK_OBJECT_MAP)
        type = (int)m->ptr[i].val.via.map.ptr[0].val.type;
    }
  }
  msgpack_unpacked_destroy(&u);
  if (ds_msgpack_to_json(mp, n, js, sizeof js) > 0) {
    const char *p = strstr(js, "\"amount\":");
    const char *q = p ? strchr(p, ',') : NULL;
    if (p && q && (size_t)(q - p - 9) < cap) {
      memcpy(json_amount, p + 9, (size_t)(q - p - 9));
      json_amount[q - p - 9] = '\0';
    }
  }
  return type;
}

static void test_amounts(void) {
  char s[64] = "";
  CHECK_EQ_INT(amount_type(1.2e9, s, sizeof s), MSGPACK_OBJECT_POSITIVE_INTEGER);
  CHECK(strcmp(s, "1200000000") == 0);
  CHECK_EQ_INT(amount_type(2.5, s, sizeof s), MSGPACK_OBJECT_FLOAT64);
  CHECK(strcmp(s, "2.5") == 0);
  CHECK_EQ_INT(amount_type(0.0, s, sizeof s), MSGPACK_OBJECT_POSITIVE_INTEGER);
  CHECK(strcmp(s, "0") == 0);
  CHECK_EQ_INT(amount_type(-3.0, s, sizeof s), MSGPACK_OBJECT_NEGATIVE_INTEGER);
  CHECK(strcmp(s, "-3") == 0);
  /* 2^53 - 1 is the last integer the rule takes; 2^53 stays a float. */
  CHECK_EQ_INT(amount_type(9007199254740991.0, s, sizeof s), MSGPACK_OBJECT_POSITIVE_INTEGER);
  CHECK(strcmp(s, "9007199254740991") == 0);
  CHECK_EQ_INT(amount_type(9007199254740992.0, s, sizeof s), MSGPACK_OBJECT_FLOAT64);
  CHECK_EQ_INT(amount_type(1e300, s, sizeof s), MSGPACK_OBJECT_FLOAT64);
  CHECK(strcmp(s, "1e+300") == 0);
  CHECK_EQ_INT(amount_type(0.1, s, sizeof s), MSGPACK_OBJECT_FLOAT64);
  CHECK(strcmp(s, "0.1") == 0);
}

/* Every buffer shorter than the encoding is DS_ENOBUFS, and nothing is written past
 * cap; the exact length succeeds with the same bytes as a big buffer. */
static void test_enobufs(void) {
  ds_article a;
  ds_event e;
  make_article(&a);
  make_event(&e);
  ds_encode_extra x = {123456789, 0, 2};
  size_t full = 0;
  CHECK_EQ_INT(ds_encode_event(&e, &a, &x, mp, sizeof mp, &full), 0);
  CHECK(full > 300);
  static unsigned char ref[DS_EVENT_MAX], buf[DS_EVENT_MAX + 16];
  memcpy(ref, mp, full);
  int bad_rc = 0, bad_guard = 0;
  for (size_t cap = 0; cap < full; cap++) {
    memset(buf, 0xa5, sizeof buf);
    size_t n = 777;
    int rc = ds_encode_event(&e, &a, &x, buf, cap, &n);
    if (rc != DS_ENOBUFS || n != 777)
      bad_rc++;
    for (size_t i = cap; i < sizeof buf; i++)
      if (buf[i] != 0xa5) {
        bad_guard++;
        break;
      }
  }
  CHECK_EQ_INT(bad_rc, 0);
  CHECK_EQ_INT(bad_guard, 0);
  size_t n = 0;
  CHECK_EQ_INT(ds_encode_event(&e, &a, &x, NULL, 0, &n), DS_ENOBUFS);
  memset(buf, 0xa5, sizeof buf);
  CHECK_EQ_INT(ds_encode_event(&e, &a, &x, buf, full, &n), 0);
  CHECK_EQ_INT(n, full);
  CHECK(memcmp(buf, ref, full) == 0);
  CHECK_EQ_INT(buf[full], 0xa5);
}

static void test_einval(void) {
  ds_article a;
  ds_event e;
  size_t n;
  make_article(&a);
  make_event(&e);
  CHECK_EQ_INT(ds_encode_event(NULL, &a, NULL, mp, sizeof mp, &n), DS_EINVAL);
  CHECK_EQ_INT(ds_encode_event(&e, NULL, NULL, mp, sizeof mp, &n), DS_EINVAL);
  CHECK_EQ_INT(ds_encode_event(&e, &a, NULL, mp, sizeof mp, NULL), DS_EINVAL);
  CHECK_EQ_INT(ds_encode_event(&e, &a, NULL, NULL, 10, &n), DS_EINVAL);
  e.type = DS_TYPE_COUNT;
  CHECK_EQ_INT(ds_encode_event(&e, &a, NULL, mp, sizeof mp, &n), DS_EINVAL);
  make_event(&e);
  e.status = DS_STATUS_COUNT;
  CHECK_EQ_INT(ds_encode_event(&e, &a, NULL, mp, sizeof mp, &n), DS_EINVAL);
  make_event(&e);
  e.parties[1].role = DS_ROLE_COUNT;
  CHECK_EQ_INT(ds_encode_event(&e, &a, NULL, mp, sizeof mp, &n), DS_EINVAL);
  make_event(&e);
  e.nparties = DS_MAX_PARTIES + 1;
  CHECK_EQ_INT(ds_encode_event(&e, &a, NULL, mp, sizeof mp, &n), DS_EINVAL);
  make_event(&e);
  e.sectors[1] = NULL;
  CHECK_EQ_INT(ds_encode_event(&e, &a, NULL, mp, sizeof mp, &n), DS_EINVAL);
}

static int id_eq(const ds_event *x, const ds_event *y) {
  char a[18], b[18];
  ds_deal_id(x, a);
  ds_deal_id(y, b);
  return strcmp(a, b) == 0;
}

static void test_deal_id(void) {
  ds_event e, f;
  char id[18];
  make_event(&e);
  ds_deal_id(&e, id);
  /* FNV-1a 64 of "ma" 0x1f "acme" 0x1f "widget", computed independently. */
  CHECK(strcmp(id, "d1a3bafce7fd50cbf") == 0);
  CHECK_EQ_INT(strlen(id), 17);
  for (int i = 1; i < 17; i++)
    CHECK((id[i] >= '0' && id[i] <= '9') || (id[i] >= 'a' && id[i] <= 'f'));

  /* Swapped order and swapped roles: same deal. */
  f = e;
  f.parties[0] = e.parties[1];
  f.parties[1] = e.parties[0];
  CHECK(id_eq(&e, &f));
  f.parties[0].role = DS_ROLE_SELLER;
  f.parties[1].role = DS_ROLE_PARTNER;
  CHECK(id_eq(&e, &f));

  /* Keys whose sorted order differs from their article order. */
  ds_event g, h;
  make_event(&g);
  strcpy(g.parties[0].key, "zeta");
  strcpy(g.parties[1].key, "alpha");
  g.nparties = 3;
  set_party(&g.parties[2], "Acme Corp", "mid", DS_ROLE_PARTNER);
  h = g;
  h.parties[0] = g.parties[2];
  h.parties[1] = g.parties[0];
  h.parties[2] = g.parties[1];
  CHECK(id_eq(&g, &h));
  CHECK(!id_eq(&e, &g));

  /* Different families differ; types within a family agree. */
  f = e;
  f.type = DS_TYPE_MERGER;
  CHECK(id_eq(&e, &f));
  const int types[] = {DS_TYPE_JOINT_VENTURE, DS_TYPE_INVESTMENT, DS_TYPE_SUPPLY,
                       DS_TYPE_LICENSING};
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
    f.type = (uint8_t)types[i];
    CHECK(!id_eq(&e, &f));
  }
  ds_event j1 = e, j2 = e, j3 = e;
  j1.type = DS_TYPE_JOINT_VENTURE;
  j2.type = DS_TYPE_MOU;
  j3.type = DS_TYPE_PARTNERSHIP;
  CHECK(id_eq(&j1, &j2));
  CHECK(id_eq(&j1, &j3));

  /* A repeated key and an empty key do not count. */
  f = e;
  f.nparties = 4;
  set_party(&f.parties[2], "Acme Corp", "acme", DS_ROLE_SELLER);
  set_party(&f.parties[3], "Acme Corp", "", DS_ROLE_PARTNER);
  CHECK(id_eq(&e, &f));

  /* The separator keeps key boundaries: ("ab","c") is not ("a","bc"). */
  f = e;
  g = e;
  strcpy(f.parties[0].key, "ab");
  strcpy(f.parties[1].key, "c");
  strcpy(g.parties[0].key, "a");
  strcpy(g.parties[1].key, "bc");
  CHECK(!id_eq(&f, &g));

  /* Party names are not part of the id: the keys are. */
  f = e;
  f.parties[0].name = f.parties[1].name;
  CHECK(id_eq(&e, &f));

  CHECK(strcmp(ds_type_family(DS_TYPE_ACQUISITION), "ma") == 0);
  CHECK(strcmp(ds_type_family(DS_TYPE_MERGER), "ma") == 0);
  CHECK(strcmp(ds_type_family(DS_TYPE_JOINT_VENTURE), "alliance") == 0);
  CHECK(strcmp(ds_type_family(DS_TYPE_MOU), "alliance") == 0);
  CHECK(strcmp(ds_type_family(DS_TYPE_PARTNERSHIP), "alliance") == 0);
  CHECK(strcmp(ds_type_family(DS_TYPE_INVESTMENT), "investment") == 0);
  CHECK(strcmp(ds_type_family(DS_TYPE_SUPPLY), "supply") == 0);
  CHECK(strcmp(ds_type_family(DS_TYPE_LICENSING), "licensing") == 0);
  CHECK(strcmp(ds_type_family(-1), "?") == 0);
  CHECK(strcmp(ds_type_family(DS_TYPE_COUNT), "?") == 0);
}

/* msgpack-c's own unpacker sees one map with string keys in schema order. */
static void test_unpack_crosscheck(void) {
  static const char *const keys[] = {
      "v",      "id",      "type",   "status",  "parties",  "value",      "value_disclosed",
      "date",   "places",  "sectors", "people", "article",  "evidence",   "seq",
      "first_seen", "mentions"};
  const size_t nkeys = sizeof keys / sizeof keys[0];
  ds_article a;
  ds_event e;
  make_article(&a);
  make_event(&e);
  ds_encode_extra x = {5, 1, 9};
  size_t n = 0;
  CHECK_EQ_INT(ds_encode_event(&e, &a, &x, mp, sizeof mp, &n), 0);
  msgpack_unpacked u;
  msgpack_unpacked_init(&u);
  size_t off = 0;
  CHECK_EQ_INT(msgpack_unpack_next(&u, (const char *)mp, n, &off), MSGPACK_UNPACK_SUCCESS);
  CHECK_EQ_INT(off, n);
  CHECK_EQ_INT(u.data.type, MSGPACK_OBJECT_MAP);
  if (u.data.type == MSGPACK_OBJECT_MAP) {
    const msgpack_object_map *m = &u.data.via.map;
    CHECK_EQ_INT(m->size, nkeys);
    for (uint32_t i = 0; i < m->size && i < nkeys; i++) {
      const msgpack_object *k = &m->ptr[i].key;
      CHECK_EQ_INT(k->type, MSGPACK_OBJECT_STR);
      CHECK(k->via.str.size == strlen(keys[i]) &&
            memcmp(k->via.str.ptr, keys[i], k->via.str.size) == 0);
    }
    /* A few values by type. */
    CHECK_EQ_INT(m->ptr[0].val.type, MSGPACK_OBJECT_POSITIVE_INTEGER);
    CHECK_EQ_INT(m->ptr[0].val.via.u64, DS_EVENT_VERSION);
    CHECK_EQ_INT(m->ptr[4].val.type, MSGPACK_OBJECT_ARRAY);
    CHECK_EQ_INT(m->ptr[4].val.via.array.size, 2);
    CHECK_EQ_INT(m->ptr[6].val.type, MSGPACK_OBJECT_BOOLEAN);
    CHECK_EQ_INT(m->ptr[12].val.type, MSGPACK_OBJECT_MAP);
    CHECK_EQ_INT(m->ptr[14].val.type, MSGPACK_OBJECT_BOOLEAN);
  }
  msgpack_unpacked_destroy(&u);

  /* Without extras: exactly the 13 schema keys. */
  CHECK_EQ_INT(ds_encode_event(&e, &a, NULL, mp, sizeof mp, &n), 0);
  msgpack_unpacked_init(&u);
  CHECK_EQ_INT(msgpack_unpack_next(&u, (const char *)mp, n, NULL), MSGPACK_UNPACK_SUCCESS);
  CHECK(u.data.type == MSGPACK_OBJECT_MAP && u.data.via.map.size == 13);
  msgpack_unpacked_destroy(&u);
}

/* The biggest event the limits allow fits DS_EVENT_MAX when its strings are short. */
static void test_max_counts(void) {
  ds_article a;
  ds_event e;
  make_article(&a);
  make_event(&e);
  e.nparties = DS_MAX_PARTIES;
  for (int i = 0; i < DS_MAX_PARTIES; i++) {
    char key[8] = "k0";
    key[1] = (char)('0' + i);
    set_party(&e.parties[i], "Widget Inc", key, DS_ROLE_PARTNER);
  }
  e.npeople = DS_MAX_PEOPLE;
  for (int i = 0; i < DS_MAX_PEOPLE; i++)
    e.people[i] = e.people[0];
  e.nplaces = DS_MAX_PLACES;
  for (int i = 0; i < DS_MAX_PLACES; i++)
    e.places[i] = sp("NEW YORK");
  e.nsectors = DS_MAX_SECTORS;
  for (int i = 0; i < DS_MAX_SECTORS; i++)
    e.sectors[i] = "energy";
  size_t n = 0;
  CHECK_EQ_INT(ds_encode_event(&e, &a, NULL, mp, sizeof mp, &n), 0);
  CHECK(n < DS_EVENT_MAX);
  CHECK(ds_msgpack_to_json(mp, n, js, sizeof js) > 0);
}

int main(void) {
  test_full_event();
  test_nils();
  test_amounts();
  test_enobufs();
  test_einval();
  test_deal_id();
  test_unpack_crosscheck();
  test_max_counts();
  return T_DONE();
}
