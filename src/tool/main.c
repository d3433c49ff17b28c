/* dealstream: the command-line entry point. */
#include <stdio.h>
#include <string.h>

#include "dealstream/version.h"
#include "tool.h"

static void usage(FILE *f) {
  fputs("usage: dealstream <command> [options]\n"
        "\n"
        "Finds corporate deals in streams of news articles and emits them as msgpack events.\n"
        "\n"
        "commands:\n"
        "  extract [--format json|msgpack] [--input-format auto|jsonl|text] [--stats]\n"
        "          [--explain] [--oversize skip|truncate] [--article-max BYTES] [FILE|-]...\n"
        "          read articles (gzip, zlib or plain; JSON Lines or text) and print deal events\n"
        "  serve [--ingest ADDR]... [--publish ADDR]... [--metrics ADDR] [--config FILE]\n"
        "          the service: gateways push article streams in, subscribers get deal events\n"
        "  push --to ADDR FILE...\n"
        "          the gateway side: stream files to a serve ingest address, print the acks\n"
        "  sub ADDR [--type T,...] [--party KEY] [--min-value N:CUR] [--new-only]\n"
        "      [--from-seq N] [--format json|msgpack]\n"
        "          subscribe to a serve publish address and print the events\n"
        "\n"
        "  dealstream --help      this text\n"
        "  dealstream --version   the version\n"
        "\n"
        "Run 'dealstream <command> --help' for a command's options.\n",
        f);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return DS_EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
    usage(stdout);
    return DS_EXIT_OK;
  }
  if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
    printf("dealstream %s\n", ds_version_string());
    return DS_EXIT_OK;
  }
  if (strcmp(cmd, "extract") == 0) return ds_cmd_extract(argc - 1, argv + 1);
  if (strcmp(cmd, "serve") == 0) return ds_cmd_serve(argc - 1, argv + 1);
  if (strcmp(cmd, "push") == 0) return ds_cmd_push(argc - 1, argv + 1);
  if (strcmp(cmd, "sub") == 0) return ds_cmd_sub(argc - 1, argv + 1);
  fprintf(stderr, "dealstream: unknown command '%s'\n", cmd);
  usage(stderr);
  return DS_EXIT_USAGE;
}
