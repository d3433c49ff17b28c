/* Money expressions as the wire and press releases write them: each pins its amount in
 * units of the currency and its ISO 4217 code; per-unit prices are not values. */
#include <math.h>
#include <string.h>

#include "extract_int.h"
#include "t.h"

static _Alignas(max_align_t) unsigned char mem[1 << 20];

static int money(ds_extractor *x, const char *s, double *a, const char **iso) {
  size_t n = strlen(s), end;
  for (size_t k = 0; k < n; k++)
    if (ds__parse_money(x, s, n, k, a, iso, &end)) return 1;
  return 0;
}

int main(void) {
  ds_extractor *x = ds_extract_init(mem, sizeof mem);
  CHECK(x != NULL);
  static const struct {
    const char *text;
    double amount;
    const char *iso;
  } ok[] = {{"for $1.2 billion", 1.2e9, "USD"},         {"a US$1.2bn deal", 1.2e9, "USD"},
            {"1.2 billion dlrs", 1.2e9, "USD"},         {"50 mln dlrs", 5e7, "USD"},
            {"EUR 300 million", 3e8, "EUR"},            {"\xe2\x82\xac" "300m", 3e8, "EUR"},
            {"\xc2\xa3" "45m", 4.5e7, "GBP"},           {"45 mln stg", 4.5e7, "GBP"},
            {"\xc2\xa5" "10 billion", 1e10, "JPY"},     {"5 trillion won", 5e12, "KRW"},
            {"RMB 1 billion", 1e9, "CNY"},              {"RMB1 billion", 1e9, "CNY"},
            {"Rs 3,782 crore", 3.782e10, "INR"},        {"C$40 million", 4e7, "CAD"},
            {"A$1.2 billion", 1.2e9, "AUD"},            {"HK$500 million", 5e8, "HKD"},
            {"NZ$10 million", 1e7, "NZD"},              {"4.20 N.Z. dlrs", 4.2, "NZD"},
            {"invested eight mln dlrs", 8e6, "USD"},   {"519.1 million Kuwaiti dinars", 5.191e8, "KWD"},
            {"CHF 2 billion", 2e9, "CHF"},              {"2 billion Swiss francs", 2e9, "CHF"},
            {"240 mln Canadian dlrs", 2.4e8, "CAD"},    {"$12.5 billion", 1.25e10, "USD"},
            /* ranges: the low end, in the high end's currency and scale */
            {"between 147 million and 158 million euros", 1.47e8, "EUR"},
            {"between 5 and 6 billion dlrs", 5e9, "USD"},
            {"the C$58-million purchase agreement", 5.8e7, "CAD"},
            {"capitalised with PLN 160 million", 1.6e8, "PLN"}};
  for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
    double a = 0;
    const char *iso = NULL;
    int found = money(x, ok[i].text, &a, &iso);
    CHECK(found);
    if (!found) {
      fprintf(stderr, "  no value in \"%s\"\n", ok[i].text);
      continue;
    }
    CHECK(fabs(a - ok[i].amount) <= 1e-6 * ok[i].amount);
    CHECK(strcmp(iso, ok[i].iso) == 0);
    if (strcmp(iso, ok[i].iso) != 0 || fabs(a - ok[i].amount) > 1e-6 * ok[i].amount)
      fprintf(stderr, "  \"%s\" gave %.2f %s\n", ok[i].text, a, iso);
  }
  static const char *const none[] = {"70 dlr per share", "$39 a share", "18 dlrs a barrel",
                                     "up 8 pct", "in 2019", "the 737 jets", "12.5 percent",
                                     "1987/88", "$5/share"};
  for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
    double a;
    const char *iso;
    int found = money(x, none[i], &a, &iso);
    CHECK(!found);
    if (found) fprintf(stderr, "  \"%s\" is not a deal value, gave %.2f %s\n", none[i], a, iso);
  }
  return T_DONE();
}
