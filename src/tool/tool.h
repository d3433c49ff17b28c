/* The dealstream command: shared bits of the subcommands. */
#ifndef DS_TOOL_H
#define DS_TOOL_H

#include <stdio.h>

/* Exit codes: 0 every input read cleanly, 1 some input was bad, 2 usage error. */
enum { DS_EXIT_OK = 0, DS_EXIT_BADINPUT = 1, DS_EXIT_USAGE = 2 };

int ds_cmd_extract(int argc, char **argv);
int ds_cmd_serve(int argc, char **argv);
int ds_cmd_push(int argc, char **argv);
int ds_cmd_sub(int argc, char **argv);

#endif
