/* dealstream serve: options (command line over config file over defaults), then the
 * service (src/serve/). */
#include <stdio.h>
#include <string.h>

#include "serve/serve.h"
#include "tool.h"

static void serve_usage(FILE *f) {
  fputs("usage: dealstream serve [--ingest ADDR]... [--publish ADDR]... [--metrics ADDR|off]\n"
        "                        [--config FILE] [--OPTION VALUE]...\n"
        "\n"
        "Runs the service: gateways push article streams (gzip, zlib or plain) to an ingest\n"
        "address and get msgpack acks back; subscribers connect to a publish address, send a\n"
        "subscription and receive msgpack deal events (docs/protocol.md). ADDR is\n"
        "tcp://HOST:PORT (port 0: any free port) or unix:PATH. SIGINT/SIGTERM drain and exit 0.\n"
        "\n"
        "Every option below is also a config-file line 'OPTION = VALUE' (--config FILE, may\n"
        "be repeated; the command line wins). --print-config prints them all with their\n"
        "defaults, as a config file.\n"
        "\n"
        "options (default):\n",
        f);
  ds__config_print_defaults_help(f);
}

int ds_cmd_serve(int argc, char **argv) {
  ds__serve_config cfg;
  char err[512];
  int nconfig = 0;
  ds__config_default(&cfg);
  /* config files first, in order, wherever --config stands, so the command line wins;
   * each file is a source of its own: its addresses replace those of the one before */
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      serve_usage(stdout);
      return DS_EXIT_OK;
    }
    if (strcmp(argv[i], "--print-config") == 0) {
      ds__config_print_defaults(stdout);
      return DS_EXIT_OK;
    }
    if (strcmp(argv[i], "--config") == 0) {
      if (i + 1 >= argc) {
        fprintf(stderr, "dealstream serve: --config needs a file\n");
        return DS_EXIT_USAGE;
      }
      if (ds__config_load(&cfg, argv[++i], 1 + nconfig++, err, sizeof err) < 0) {
        fprintf(stderr, "dealstream serve: %s\n", err);
        return DS_EXIT_USAGE;
      }
    }
  }
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--config") == 0) {
      i++;
      continue;
    }
    if (strncmp(a, "--", 2) != 0 || !ds__config_known(a + 2)) {
      fprintf(stderr, "dealstream serve: unknown option '%s' (see --help)\n", a);
      return DS_EXIT_USAGE;
    }
    if (i + 1 >= argc) {
      fprintf(stderr, "dealstream serve: %s needs a value\n", a);
      return DS_EXIT_USAGE;
    }
    if (ds__config_set(&cfg, a + 2, argv[i + 1], DS__SOURCE_CLI, err, sizeof err) < 0) {
      fprintf(stderr, "dealstream serve: %s\n", err);
      return DS_EXIT_USAGE;
    }
    i++;
  }
  return ds__serve_run(&cfg) == 0 ? DS_EXIT_OK : DS_EXIT_BADINPUT;
}
