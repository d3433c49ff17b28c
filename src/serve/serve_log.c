/* Log lines to stderr: "2026-11-22T11:26:32Z dealstream: info: message". One line per
 * call, written with one fprintf so lines from one process never interleave. */
#include <stdarg.h>
#include <stdio.h>
#include <time.h>

#include "serve.h"

static int level = DS__LOG_INFO;

void ds__log_level(int l) { level = l; }

void ds__log(int l, const char *fmt, ...) {
  static const char *names[] = {"error", "warn", "info", "debug"};
  char msg[1024], ts[32];
  va_list ap;
  if (l > level) return;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", &tm);
  fprintf(stderr, "%s dealstream: %s: %s\n", ts, names[l < 0 ? 0 : l > 3 ? 3 : l], msg);
}
