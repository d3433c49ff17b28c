/* Money and date expressions, read straight off the article text.
 *
 * Money: [currency symbol] number [scale] [currency word], e.g. "$1.2 billion",
 * "US$1.2bn", "1.2 billion dlrs", "50 mln dlrs", "EUR 300 million", "€300m", "£45m",
 * "45 mln stg", "¥10 billion", "5 trillion won", "RMB 1 billion", "Rs 3,782 crore",
 * "C$40 million", "4.20 N.Z. Dlrs". Per-unit prices ("a share", "per barrel") are not
 * deal values. */
#include <string.h>

#include "extract_int.h"

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* Case-insensitive: does s[i..n) start with word w, followed by a non-letter? */
static int word_at(const char *s, size_t n, size_t i, const char *w) {
  size_t k = 0;
  for (; w[k]; k++)
    if (i + k >= n || lower((unsigned char)s[i + k]) != lower((unsigned char)w[k])) return 0;
  return i + k >= n || !is_alpha((unsigned char)s[i + k]);
}

static size_t skip_sp(const char *s, size_t n, size_t i) {
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
  return i;
}

static const struct {
  const char *w;
  int v;
} number_words[] = {{"one", 1},     {"two", 2},       {"three", 3},    {"four", 4},
                    {"five", 5},    {"six", 6},       {"seven", 7},    {"eight", 8},
                    {"nine", 9},    {"ten", 10},      {"eleven", 11},  {"twelve", 12},
                    {"fifteen", 15}, {"twenty", 20},  {"thirty", 30},  {"forty", 40},
                    {"fifty", 50},  {"hundred", 100}, {"a", 1}};

/* Per-unit phrases after a price: the figure is not the deal's value. */
static const char *const per_unit[] = {"a share", "per share", "each share", "a barrel",
                                       "per barrel", "a tonne", "per tonne", "a ton",
                                       "per ton", "an ounce", "per ounce", "a unit",
                                       "per unit", "an hour", "a year", "per year",
                                       "a month", "per cent", "percent", "pct", "/share",
                                       "a day", "per day", "a kilo", "a litre", "a gallon",
                                       "per common share", "cash per share"};

static int parse_money(const ds_extractor *x, const char *s, size_t n, size_t i,
                       double *amount, const char **iso, size_t *end, int *scale_out,
                       int range_ok) {
  const char *cur = NULL;
  size_t start = i;
  double v = 0;
  int have_num = 0;

  /* the number, in digits or words */
  if (is_digit((unsigned char)s[i])) {
    if (i > 0) {
      int p = (unsigned char)s[i - 1];
      if (is_digit(p) || p == '.' || p == ',' || p == '-') return 0; /* inside a longer number */
      if (is_alpha(p)) {
        /* only a currency code glued to the number: "RMB1", "EUR300m" */
        int glued = 0;
        for (unsigned c = 0; c < ds__ncurrencies && !glued; c++) {
          const char *sym = ds__currencies[c].sym;
          size_t L = strlen(sym);
          if (!ds__currencies[c].after && L <= i && memcmp(s + i - L, sym, L) == 0 &&
              (i == L || !is_alpha((unsigned char)s[i - L - 1])))
            glued = 1;
        }
        if (!glued) return 0;
      }
    }
    while (i < n && (is_digit((unsigned char)s[i]) ||
                     (s[i] == ',' && i + 3 < n && is_digit((unsigned char)s[i + 1]) &&
                      is_digit((unsigned char)s[i + 2]) && is_digit((unsigned char)s[i + 3])))) {
      if (s[i] != ',') v = v * 10 + (s[i] - '0');
      i++;
    }
    if (i + 1 < n && s[i] == '.' && is_digit((unsigned char)s[i + 1])) {
      double f = 0.1;
      i++;
      while (i < n && is_digit((unsigned char)s[i])) {
        v += (s[i] - '0') * f;
        f /= 10;
        i++;
      }
    }
    have_num = 1;
  } else {
    if (!memchr("otfsenha", lower((unsigned char)s[i]), 8)) return 0; /* number words' first letters */
    for (unsigned k = 0; k < sizeof number_words / sizeof number_words[0]; k++)
      if (number_words[k].w[0] == lower((unsigned char)s[i]) && word_at(s, n, i, number_words[k].w)) {
        v = number_words[k].v;
        i += strlen(number_words[k].w);
        have_num = 2;
        break;
      }
    if (!have_num) return 0;
  }

  /* scale: "million", "mln", "bn", glued "m"/"bn" */
  int scale = 0;
  {
    /* "$5 million", "5m", "C$58-million" */
    /* (a wire's line break may stand for the space: "an initial fee of 5\nmln dlrs") */
    size_t j = (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) ? skip_sp(s, n, i)
               : (i < n && s[i] == '-' && i + 1 < n && is_alpha((unsigned char)s[i + 1])) ? i + 1
                                                                                           : i;
    size_t k = j;
    while (k < n && is_alpha((unsigned char)s[k])) k++;
    if (k > j) {
      const ds__wentry *e = ds__wt_find(x, s + j, k - j);
      int glued_only = (k - j == 1) || ((k - j) == 2 && lower((unsigned char)s[j]) == 'b');
      if (e && (e->cls & DS__W_SCALE) && (!glued_only || j == i)) {
        scale = e->val;
        i = k;
      }
    }
  }
  if (have_num == 2 && !scale) return 0; /* "one" alone is not money */

  /* currency word after: "dlrs", "U.S. dlrs", "N.Z. Dlrs", "stg", "yen" */
  {
    size_t j = skip_sp(s, n, i);
    const char *pre_iso = NULL;
    static const struct {
      const char *w;
      const char *iso;
    } qual[] = {{"U.S.", "USD"}, {"US", "USD"},        {"Canadian", "CAD"}, {"Can", "CAD"},
                {"Australian", "AUD"}, {"Aust", "AUD"}, {"N.Z.", "NZD"}, {"NZ", "NZD"},
                {"Hong Kong", "HKD"}, {"H.K.", "HKD"}, {"Singapore", "SGD"},
                {"Taiwan", "TWD"}, {"Swiss", "CHF"}, {"French", "FRF"}, {"Belgian", "BEF"},
                {"Dutch", "NLG"}, {"West German", "DEM"}, {"German", "DEM"},
                {"Kuwaiti", "KWD"}, {"Saudi", "SAR"}, {"Bahraini", "BHD"}, {"Jordanian", "JOD"},
                {"Danish", "DKK"}, {"Norwegian", "NOK"}, {"Swedish", "SEK"},
                {"Mexican", "MXN"}, {"Indian", "INR"},
                /* "4.5 billion Czech crowns", "Irish pounds", "Egyptian pounds" */
                {"Czech", "CZK"}, {"Polish", "PLN"}, {"Hungarian", "HUF"}, {"Brazilian", "BRL"},
                {"South African", "ZAR"}, {"New Zealand", "NZD"}, {"Argentine", "ARS"},
                {"Chilean", "CLP"}, {"Philippine", "PHP"}, {"Malaysian", "MYR"}, {"Irish", "IEP"},
                {"Egyptian", "EGP"}, {"Austrian", "ATS"}, {"Finnish", "FIM"}, {"Icelandic", "ISK"},
                {"Pakistani", "PKR"}, {"Kenyan", "KES"}, {"Nigerian", "NGN"}, {"Colombian", "COP"}};
    for (unsigned q = 0; j < n && is_upper((unsigned char)s[j]) && q < sizeof qual / sizeof qual[0]; q++) {
      if (qual[q].w[0] != s[j]) continue; /* (every qualifier starts with a capital) */
      size_t L = strlen(qual[q].w);
      if (j + L < n && strncmp(s + j, qual[q].w, L) == 0 &&
          (s[j + L] == ' ' || s[j + L] == '\n' || s[j + L] == '\r' || s[j + L] == '\t')) {
        pre_iso = qual[q].iso;
        j = skip_sp(s, n, j + L);
        break;
      }
    }
    for (unsigned c = 0; j < n && is_alpha((unsigned char)s[j]) && c < ds__ncurrencies; c++) {
      if (!ds__currencies[c].after) continue;
      if (lower((unsigned char)ds__currencies[c].sym[0]) != lower((unsigned char)s[j])) continue;
      if (word_at(s, n, j, ds__currencies[c].sym)) {
        cur = ds__currencies[c].iso;
        if (pre_iso) cur = pre_iso; /* "N.Z. dlrs", "Kuwaiti dinars", "French francs" */
        i = j + strlen(ds__currencies[c].sym);
        break;
      }
    }
  }
  /* currency symbol before: "$", "US$", "€", "EUR ", "Rs " */
  if (!cur && have_num == 1) {
    size_t j = start;
    if (j > 0 && s[j - 1] == ' ') j--;
    for (unsigned c = 0; c < ds__ncurrencies && !cur && j > 0; c++) {
      const char *sym = ds__currencies[c].sym;
      if (ds__currencies[c].after) continue;
      size_t L = strlen(sym);
      if (L > j || sym[L - 1] != s[j - 1] || memcmp(s + j - L, sym, L) != 0) continue;
      if (is_alpha((unsigned char)sym[0]) && j - L > 0 && is_alpha((unsigned char)s[j - L - 1]))
        continue;
      if (j == start && is_alpha((unsigned char)sym[L - 1])) continue; /* "RMB1" needs no space? allow below */
      cur = ds__currencies[c].iso;
    }
    if (!cur && start >= 3 && is_alpha((unsigned char)s[start - 1])) { /* (a letter right before the digits) */
      /* letter codes glued to the number: "RMB1 billion", "EUR300m" */
      for (unsigned c = 0; c < ds__ncurrencies && !cur; c++) {
        const char *sym = ds__currencies[c].sym;
        size_t L = strlen(sym);
        if (ds__currencies[c].after || L > start || !is_alpha((unsigned char)sym[0])) continue;
        if (memcmp(s + start - L, sym, L) == 0 &&
            (start - L == 0 || !is_alpha((unsigned char)s[start - L - 1])))
          cur = ds__currencies[c].iso;
      }
    }
  }
  /* a range, "between 147 million and 158 million euros", "$5-6 billion": the low
   * end, in the high end's currency (and scale, when the low end has none) */
  if (!cur && range_ok) {
    size_t j = skip_sp(s, n, i);
    size_t k = 0;
    if (word_at(s, n, j, "and") || word_at(s, n, j, "to")) k = skip_sp(s, n, j + (s[j] == 't' ? 2 : 3));
    else if (j < n && s[j] == '-' && j == i) k = j + 1;
    double hi;
    const char *hiso;
    size_t hend;
    int hscale;
    if (k && k < n && is_digit((unsigned char)s[k]) &&
        parse_money(x, s, n, k, &hi, &hiso, &hend, &hscale, 0)) {
      if (!scale) scale = hscale;
      cur = hiso;
      i = hend;
    }
  }
  if (!cur) return 0;

  /* per-unit prices are not deal values (but "at a total of 109,315 dlrs a share", a
   * wire's slip, is said to be a total) */
  int total = start >= 9 && strncmp(s + start - 9, "total of ", 9) == 0;
  if (!total) {
    size_t j = skip_sp(s, n, i);
    for (unsigned k = 0; j < n && k < sizeof per_unit / sizeof per_unit[0]; k++) {
      if (per_unit[k][0] != s[j]) continue;
      size_t L = strlen(per_unit[k]);
      if (j + L <= n && strncmp(s + j, per_unit[k], L) == 0) return 0;
    }
    if (i < n && (s[i] == '%' || s[i] == '/')) return 0;
    if (j + 2 < n && (strncmp(s + j, "cts", 3) == 0 || strncmp(s + j, "p ", 2) == 0)) return 0;
  }
  for (int k = 0; k < scale; k++) v *= 10;
  *scale_out = scale;
  *amount = v;
  *iso = cur;
  *end = i;
  return 1;
}

int ds__parse_money(const ds_extractor *x, const char *s, size_t n, size_t i,
                    double *amount, const char **iso, size_t *end) {
  int scale;
  return parse_money(x, s, n, i, amount, iso, end, &scale, 1);
}

int ds__parse_date_ymd(const char *s, size_t n, int *y, int *m, int *d) {
  if (n < 10) return 0;
  for (int k = 0; k < 10; k++) {
    if (k == 4 || k == 7) {
      if (s[k] != '-') return 0;
    } else if (!is_digit((unsigned char)s[k])) {
      return 0;
    }
  }
  *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  *m = (s[5] - '0') * 10 + (s[6] - '0');
  *d = (s[8] - '0') * 10 + (s[9] - '0');
  return *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}
