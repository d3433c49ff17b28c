/* dealstream sub: a subscriber, on the client library (include/dealstream/client.h).
 * Events go to stdout (JSON lines or the msgpack maps as received); the other messages
 * (subscribed, gap, error) go to stderr as JSON, or to stdout too with --all. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dealstream/client.h"
#include "dealstream/json.h"
#include "tool.h"

static void sub_usage(FILE *f) {
  fputs("usage: dealstream sub ADDR [options]\n"
        "\n"
        "Subscribes to a 'dealstream serve' publish address (tcp://HOST:PORT or unix:PATH)\n"
        "and prints the events it receives, in seq order, until the server closes.\n"
        "\n"
        "options:\n"
        "  --type T,...         only these deal types (acquisition, merger, joint_venture,\n"
        "                       mou, partnership, investment, supply, licensing)\n"
        "  --party KEY          only deals with a party whose key is KEY or whose name starts\n"
        "                       with KEY (case ignored); repeat for several\n"
        "  --min-value N:CUR    only deals with a value of at least N in currency CUR\n"
        "  --new-only           only deals seen for the first time (first_seen true)\n"
        "  --from-seq N         replay from seq N (as far as the server's replay ring reaches)\n"
        "  --policy drop|disconnect  what the server does when this subscriber falls behind\n"
        "  --queue-bytes N      ask for a smaller output queue on the server\n"
        "  --format json|msgpack     output (default json: one event per line)\n"
        "  --count N            exit after N events\n"
        "  --all                print control messages (subscribed, gap, error) on stdout too\n"
        "\n"
        "exit status: 0 the server closed cleanly (or --count was reached), 1 an error or\n"
        "an error message from the server, 2 usage error.\n",
        f);
}

int ds_cmd_sub(int argc, char **argv) {
  const char *addr = NULL;
  ds_sub_request rq;
  int json = 1, all = 0, rc = DS_EXIT_OK;
  unsigned long long count = 0, seen = 0;
  char *types_buf = NULL;
  const char *types[16], *parties[16];
  size_t ntypes = 0, nparties = 0;
  char minbuf[64];
  memset(&rq, 0, sizeof rq);
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *val = NULL;
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      sub_usage(stdout);
      free(types_buf);
      return DS_EXIT_OK;
    }
    if (strcmp(a, "--new-only") == 0) {
      rq.new_only = 1;
      continue;
    }
    if (strcmp(a, "--all") == 0) {
      all = 1;
      continue;
    }
    if (a[0] != '-') {
      if (addr) {
        fprintf(stderr, "dealstream sub: one ADDR only ('%s')\n", a);
        goto usage;
      }
      addr = a;
      continue;
    }
    if (i + 1 >= argc) {
      fprintf(stderr, "dealstream sub: %s needs a value\n", a);
      goto usage;
    }
    val = argv[++i];
    if (strcmp(a, "--type") == 0) {
      free(types_buf);
      types_buf = strdup(val);
      ntypes = 0;
      for (char *save = NULL, *t = strtok_r(types_buf, ",", &save); t && ntypes < 16;
           t = strtok_r(NULL, ",", &save))
        types[ntypes++] = t;
    } else if (strcmp(a, "--party") == 0) {
      if (nparties == 16) {
        fprintf(stderr, "dealstream sub: at most 16 --party\n");
        goto usage;
      }
      parties[nparties++] = val;
    } else if (strcmp(a, "--min-value") == 0) {
      const char *colon = strchr(val, ':');
      char *end;
      if (!colon || strlen(colon + 1) != 3 || (size_t)(colon - val) >= sizeof minbuf) goto bad;
      memcpy(minbuf, val, (size_t)(colon - val));
      minbuf[colon - val] = 0;
      errno = 0;
      rq.min_amount = strtod(minbuf, &end);
      if (errno || end == minbuf || *end) goto bad;
      rq.has_min_value = 1;
      rq.min_currency = colon + 1;
    } else if (strcmp(a, "--from-seq") == 0 || strcmp(a, "--queue-bytes") == 0 ||
               strcmp(a, "--count") == 0) {
      char *end;
      errno = 0;
      unsigned long long v = strtoull(val, &end, 10);
      if (errno || end == val || *end || val[0] == '-') goto bad;
      if (a[2] == 'f') {
        rq.has_from_seq = 1;
        rq.from_seq = v;
      } else if (a[2] == 'q') {
        rq.queue_bytes = v;
      } else {
        count = v;
      }
    } else if (strcmp(a, "--policy") == 0) {
      if (strcmp(val, "drop") != 0 && strcmp(val, "disconnect") != 0) goto bad;
      rq.policy = val;
    } else if (strcmp(a, "--format") == 0) {
      if (strcmp(val, "json") == 0) json = 1;
      else if (strcmp(val, "msgpack") == 0) json = 0;
      else goto bad;
    } else {
      fprintf(stderr, "dealstream sub: unknown option '%s' (see --help)\n", a);
      goto usage;
    }
    continue;
  bad:
    fprintf(stderr, "dealstream sub: bad value '%s' for %s (see --help)\n", val, a);
    goto usage;
  }
  if (!addr) {
    fprintf(stderr, "dealstream sub: ADDR is required (see --help)\n");
    goto usage;
  }
  rq.types = ntypes ? types : NULL;
  rq.ntypes = ntypes;
  rq.parties = nparties ? parties : NULL;
  rq.nparties = nparties;

  char err[512];
  ds_client *c = ds_client_connect(addr, err, sizeof err);
  if (!c) {
    fprintf(stderr, "dealstream sub: %s\n", err);
    free(types_buf);
    return DS_EXIT_BADINPUT;
  }
  static char out[8 * 64 * 1024];
  if (ds_client_subscribe(c, &rq) < 0) {
    fprintf(stderr, "dealstream sub: %s\n", ds_client_error(c));
    rc = DS_EXIT_BADINPUT;
  }
  while (rc == DS_EXIT_OK) {
    ds_client_msg m;
    int r = ds_client_next(c, &m);
    if (r == 0) break;
    if (r < 0) {
      fprintf(stderr, "dealstream sub: %s\n", ds_client_error(c));
      rc = DS_EXIT_BADINPUT;
      break;
    }
    int jl = ds_msgpack_to_json(m.mp, m.len, out, sizeof out);
    if (m.kind == DS_MSG_EVENT) {
      if (json && jl >= 0) printf("%s\n", out);
      else if (!json) fwrite(m.mp, 1, m.len, stdout);
      if (m.missed)
        fprintf(stderr, "dealstream sub: %llu events missed before seq %llu (slow reader)\n",
                (unsigned long long)m.missed, (unsigned long long)m.seq);
      if (count && ++seen >= count) break;
      continue;
    }
    if (jl >= 0) {
      fprintf(stderr, "dealstream sub: %s\n", out);
      if (all) {
        if (json) printf("%s\n", out);
        else fwrite(m.mp, 1, m.len, stdout);
      }
    }
    if (m.kind == DS_MSG_ERROR) rc = DS_EXIT_BADINPUT;
  }
  if (fflush(stdout) != 0) rc = DS_EXIT_BADINPUT;
  ds_client_close(c);
  free(types_buf);
  return rc;
usage:
  free(types_buf);
  return DS_EXIT_USAGE;
}
