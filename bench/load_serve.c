/* `dealstream serve` for a load run: started on ephemeral loopback ports (its ready
 * file says which, as in tests/serve/lib.sh), watched through /metrics and /proc,
 * stopped with SIGTERM. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench_util.h"
#include "dealstream/client.h"
#include "load.h"

extern char **environ;

static void sleep_ms(long ms) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  nanosleep(&ts, NULL);
}

int ds_load_serve_start(ds_load_server *s, const char *bin, const char *dir,
                        const char *const *opts) {
  char ready[600], log[600];
  const char *argv[64];
  int n = 0;
  snprintf(s->dir, sizeof s->dir, "%s", dir);
  snprintf(ready, sizeof ready, "%s/ready", dir);
  snprintf(log, sizeof log, "%s/serve.log", dir);
  unlink(ready);
  argv[n++] = bin;
  argv[n++] = "serve";
  argv[n++] = "--ingest";
  argv[n++] = "tcp://127.0.0.1:0";
  argv[n++] = "--publish";
  argv[n++] = "tcp://127.0.0.1:0";
  argv[n++] = "--metrics";
  argv[n++] = "tcp://127.0.0.1:0";
  argv[n++] = "--ready-file";
  argv[n++] = ready;
  for (int i = 0; opts && opts[i] && n < 62; i++) argv[n++] = opts[i];
  argv[n] = NULL;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, log, O_WRONLY | O_CREAT | O_APPEND, 0644);
  int rc = posix_spawn(&s->pid, bin, &fa, NULL, (char *const *)argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) {
    fprintf(stderr, "ds_load: cannot run %s: %s\n", bin, strerror(rc));
    return -1;
  }
  for (int i = 0; i < 1000; i++) { /* 10 s at most */
    int status;
    if (waitpid(s->pid, &status, WNOHANG) == s->pid) {
      fprintf(stderr, "ds_load: serve exited at start (see %s)\n", log);
      s->pid = 0;
      return -1;
    }
    FILE *f = fopen(ready, "r");
    if (f) {
      char kind[32], addr[160];
      s->ingest[0] = s->publish[0] = s->metrics[0] = 0;
      while (fscanf(f, "%31s %159s", kind, addr) == 2) {
        if (strcmp(kind, "ingest") == 0 && !s->ingest[0]) snprintf(s->ingest, sizeof s->ingest, "%s", addr);
        if (strcmp(kind, "publish") == 0 && !s->publish[0]) snprintf(s->publish, sizeof s->publish, "%s", addr);
        if (strcmp(kind, "metrics") == 0) snprintf(s->metrics, sizeof s->metrics, "%s", addr);
      }
      fclose(f);
      if (s->ingest[0] && s->publish[0] && s->metrics[0]) return 0;
    }
    sleep_ms(10);
  }
  fprintf(stderr, "ds_load: serve did not get ready (see %s)\n", log);
  ds_load_serve_stop(s);
  return -1;
}

long ds_load_serve_metrics(const ds_load_server *s, char *buf, size_t cap) {
  ds_addr a;
  char err[256];
  if (ds_addr_parse(s->metrics, &a) < 0) return -1;
  int fd = ds_addr_connect(&a, err, sizeof err);
  if (fd < 0) return -1;
  const char *rq = "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  if (send(fd, rq, strlen(rq), MSG_NOSIGNAL) != (ssize_t)strlen(rq)) {
    close(fd);
    return -1;
  }
  size_t n = 0;
  for (;;) {
    ssize_t k = recv(fd, buf + n, cap - 1 - n, 0);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) break;
    n += (size_t)k;
    if (n == cap - 1) break;
  }
  close(fd);
  buf[n] = 0;
  char *body = strstr(buf, "\r\n\r\n");
  if (!body || strncmp(buf, "HTTP/1.1 200", 12) != 0) return -1;
  body += 4;
  n -= (size_t)(body - buf);
  memmove(buf, body, n + 1);
  return (long)n;
}

double ds_load_metric(const char *text, const char *name) {
  size_t nl = strlen(name);
  double sum = NAN;
  for (const char *p = text; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL) {
    if (*p == '#' || strncmp(p, name, nl) != 0 || (p[nl] != ' ' && p[nl] != '{')) continue;
    const char *v = strchr(p, ' ');
    if (!v) continue;
    sum = (isnan(sum) ? 0 : sum) + strtod(v + 1, NULL);
  }
  return sum;
}

long ds_load_proc_kib(pid_t pid, const char *field) {
  char path[64], line[256];
  long v = -1;
  size_t fl = strlen(field);
  snprintf(path, sizeof path, "/proc/%ld/status", (long)pid);
  FILE *f = fopen(path, "r");
  while (f && fgets(line, sizeof line, f))
    if (strncmp(line, field, fl) == 0 && line[fl] == ':') v = atol(line + fl + 1);
  if (f) fclose(f);
  return v;
}

double ds_load_proc_cpu(pid_t pid) {
  char path[64], buf[1024];
  snprintf(path, sizeof path, "/proc/%ld/stat", (long)pid);
  FILE *f = fopen(path, "r");
  if (!f) return NAN;
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = 0;
  /* fields after the command name (which may hold spaces): state is field 3, utime 14,
   * stime 15 */
  char *p = strrchr(buf, ')');
  unsigned long ut = 0, st = 0;
  if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &ut, &st) != 2)
    return NAN;
  return (double)(ut + st) / (double)sysconf(_SC_CLK_TCK);
}

int ds_load_serve_stop(ds_load_server *s) {
  int status = 0;
  if (s->pid <= 0) return -1;
  kill(s->pid, SIGTERM);
  for (int i = 0; i < 1000; i++) {
    if (waitpid(s->pid, &status, WNOHANG) == s->pid) {
      s->pid = 0;
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    sleep_ms(10);
  }
  kill(s->pid, SIGKILL);
  waitpid(s->pid, &status, 0);
  s->pid = 0;
  return -1;
}
