/* Names of the event vocabularies, generated from the X-macro lists in event.h. */
#include "dealstream/event.h"

static const char *const type_names[] = {
#define DS__S(n, s) s,
    DS_DEAL_TYPE_MAP(DS__S)
#undef DS__S
};
static const char *const role_names[] = {
#define DS__S(n, s) s,
    DS_ROLE_MAP(DS__S)
#undef DS__S
};
static const char *const status_names[] = {
#define DS__S(n, s) s,
    DS_STATUS_MAP(DS__S)
#undef DS__S
};

const char *ds_deal_type_name(int t) {
  return (t >= 0 && t < DS_TYPE_COUNT) ? type_names[t] : "?";
}
const char *ds_role_name(int r) { return (r >= 0 && r < DS_ROLE_COUNT) ? role_names[r] : "?"; }
const char *ds_status_name(int s) {
  return (s >= 0 && s < DS_STATUS_COUNT) ? status_names[s] : "?";
}
