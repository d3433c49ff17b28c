/* The rule and lexicon tables are data a reader extends: check what a mistake in them
 * would break silently. Every rule is reachable from each alternative of its first
 * element (the word table has room for it), every element is well formed, and the
 * word table is not overfull. */
#include <string.h>

#include "extract_int.h"
#include "t.h"

static _Alignas(max_align_t) unsigned char mem[1 << 20];

int main(void) {
  ds_extractor *x = ds_extract_init(mem, sizeof mem);
  CHECK(x != NULL);
  for (unsigned r = 0; r < ds__nrules; r++) {
    const char *p = ds__rules[r].pattern;
    CHECK(p[0] != '~'); /* the first element indexes the rule: it cannot be optional */
    CHECK(ds__rules[r].type < DS_TYPE_COUNT);
    CHECK(ds__rules[r].status == DS__STATUS_CTX || ds__rules[r].status < DS_STATUS_COUNT);
    for (int sl = 0; sl < DS__S_COUNT; sl++)
      CHECK(ds__rules[r].role[sl] == DS__NOROLE || ds__rules[r].role[sl] < DS_ROLE_COUNT);
    /* elements: non-empty lowercase words separated by single spaces and bars */
    for (const char *q = p; *q; q++) {
      CHECK(!(*q >= 'A' && *q <= 'Z'));
      CHECK(!(q[0] == ' ' && q[1] == ' ') && !(q[0] == '|' && (q[1] == '|' || q[1] == ' ')));
    }
    const char *end = strchr(p, ' ');
    if (!end) end = p + strlen(p);
    for (const char *w = p; w < end;) {
      const char *bar = memchr(w, '|', (size_t)(end - w));
      const char *we = bar ? bar : end;
      const ds__wentry *e = ds__wt_find(x, w, (size_t)(we - w));
      int found = 0;
      CHECK(e != NULL);
      for (unsigned k = 0; e && k < e->nrules; k++)
        if (e->rules[k] == r) found = 1;
      CHECK(found);
      if (!found) fprintf(stderr, "  rule %s is not reachable from \"%.*s\"\n", ds__rules[r].name, (int)(we - w), w);
      w = bar ? bar + 1 : end;
    }
  }
  unsigned used = 0;
  for (unsigned i = 0; i < DS__WT_SIZE; i++) used += x->wt[i].hash != 0;
  /* open addressing stays fast below 5/8 full: a miss probes about 3.6 hashes, all in
   * one 16 KiB array */
  CHECK(used * 8 < DS__WT_SIZE * 5);
  printf("%u rules, %u lexicon words, word table %u/%u\n", ds__nrules, ds__nwords, used, DS__WT_SIZE);
  /* the compiled patterns fit, with room to grow */
  CHECK(x->rfirst[ds__nrules] == x->nrelem && x->nrelem * 4 < DS__MAX_RELEMS * 3 && x->nralt * 4 < DS__MAX_RALTS * 3);
  printf("compiled patterns: %u elements of %u, %u words of %u\n", x->nrelem, DS__MAX_RELEMS, x->nralt,
         DS__MAX_RALTS);
  return T_DONE();
}
