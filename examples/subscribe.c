/* A subscriber app on the dealstream client library: prints one line per new deal.
 *
 *   ds_subscribe_example tcp://127.0.0.1:7401 [TYPE...]
 *
 * Build against the library: cc subscribe.c -ldealstream_client -ldealstream_core
 * -lmsgpackc -lz (the CMake target ds_subscribe_example does this). */
#include <stdio.h>

#include "dealstream/client.h"

int main(int argc, char **argv) {
  char err[256];
  if (argc < 2) {
    fprintf(stderr, "usage: %s ADDR [TYPE...]\n", argv[0]);
    return 2;
  }
  ds_client *c = ds_client_connect(argv[1], err, sizeof err);
  if (!c) {
    fprintf(stderr, "%s\n", err);
    return 1;
  }
  ds_sub_request rq = {0};
  rq.types = (const char *const *)(argv + 2);
  rq.ntypes = (size_t)(argc - 2);
  if (ds_client_subscribe(c, &rq) < 0) {
    fprintf(stderr, "%s\n", ds_client_error(c));
    ds_client_close(c);
    return 1;
  }
  ds_client_msg m;
  int rc;
  while ((rc = ds_client_next(c, &m)) == 1) {
    switch (m.kind) {
    case DS_MSG_SUBSCRIBED:
      printf("subscribed; first seq %llu\n", (unsigned long long)m.seq);
      break;
    case DS_MSG_GAP:
      printf("gap: seq %llu..%llu are gone\n", (unsigned long long)m.from_seq,
             (unsigned long long)m.to_seq);
      break;
    case DS_MSG_ERROR:
      printf("error %.*s: %.*s\n", (int)m.code.n, m.code.p, (int)m.message.n, m.message.p);
      break;
    case DS_MSG_EVENT: {
      const ds_client_event *e = &m.ev;
      printf("#%llu %.*s %.*s %s(mentions %u):", (unsigned long long)m.seq, (int)e->type.n,
             e->type.p, (int)e->id.n, e->id.p, e->first_seen == 1 ? "NEW " : "", e->mentions);
      for (unsigned i = 0; i < e->nparties && i < 8; i++)
        printf(" %.*s (%.*s)", (int)e->parties[i].name.n, e->parties[i].name.p,
               (int)e->parties[i].role.n, e->parties[i].role.p);
      if (e->has_value) printf(" %.0f %.*s", e->amount, (int)e->currency.n, e->currency.p);
      if (m.missed) printf(" [%llu missed before]", (unsigned long long)m.missed);
      printf("\n");
      break;
    }
    default:
      break;
    }
    fflush(stdout);
  }
  if (rc < 0) fprintf(stderr, "%s\n", ds_client_error(c));
  ds_client_close(c);
  return rc < 0;
}
