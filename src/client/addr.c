/* Addresses: "tcp://HOST:PORT" and "unix:PATH", shared by the service (listeners) and
 * the clients (connect). */
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "dealstream/client.h"
#include "dealstream/error.h"

int ds_addr_parse(const char *s, ds_addr *a) {
  memset(a, 0, sizeof *a);
  if (!s) return DS_EINVAL;
  if (strncmp(s, "unix:", 5) == 0) {
    const char *p = s + 5;
    if (strncmp(p, "//", 2) == 0) p += 2; /* unix://PATH too */
    size_t n = strlen(p);
    if (n == 0 || n >= sizeof a->path) return DS_EINVAL;
    memcpy(a->path, p, n + 1);
    a->kind = DS_ADDR_UNIX;
    return 0;
  }
  if (strncmp(s, "tcp://", 6) != 0) return DS_EINVAL;
  const char *h = s + 6, *he, *colon;
  if (*h == '[') {
    he = strchr(h, ']');
    if (!he || he[1] != ':') return DS_EINVAL;
    colon = he + 1;
    h++;
  } else {
    colon = strrchr(h, ':');
    if (!colon) return DS_EINVAL;
    he = colon;
    if (memchr(h, ':', (size_t)(he - h))) return DS_EINVAL; /* IPv6 needs brackets */
  }
  size_t hl = (size_t)(he - h);
  if (hl == 0 || hl >= sizeof a->host) return DS_EINVAL;
  char *end;
  errno = 0;
  unsigned long port = strtoul(colon + 1, &end, 10);
  if (errno || end == colon + 1 || *end || port > 65535) return DS_EINVAL;
  memcpy(a->host, h, hl);
  a->host[hl] = 0;
  a->port = (uint16_t)port;
  a->kind = DS_ADDR_TCP;
  return 0;
}

void ds_addr_format(const ds_addr *a, char *out, size_t cap) {
  if (!cap) return;
  if (a->kind == DS_ADDR_UNIX) snprintf(out, cap, "unix:%s", a->path);
  else if (strchr(a->host, ':')) snprintf(out, cap, "tcp://[%s]:%u", a->host, a->port);
  else snprintf(out, cap, "tcp://%s:%u", a->host, a->port);
}

int ds_addr_connect(const ds_addr *a, char *err, size_t errcap) {
  char name[400];
  ds_addr_format(a, name, sizeof name);
  if (a->kind == DS_ADDR_UNIX) {
    struct sockaddr_un sun;
    memset(&sun, 0, sizeof sun);
    sun.sun_family = AF_UNIX;
    memcpy(sun.sun_path, a->path, strlen(a->path) + 1);
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0 || connect(fd, (struct sockaddr *)&sun, sizeof sun) < 0) {
      snprintf(err, errcap, "%s: cannot connect: %s", name, strerror(errno));
      if (fd >= 0) close(fd);
      return -1;
    }
    return fd;
  }
  struct addrinfo hints, *res = NULL, *ai;
  char port[8];
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  snprintf(port, sizeof port, "%u", a->port);
  int rc = getaddrinfo(a->host, port, &hints, &res);
  if (rc != 0) {
    snprintf(err, errcap, "%s: cannot resolve host: %s", name, gai_strerror(rc));
    return -1;
  }
  int fd = -1, e = 0;
  for (ai = res; ai; ai = ai->ai_next) {
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd < 0) {
      e = errno;
      continue;
    }
    if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) break;
    e = errno;
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  if (fd < 0) snprintf(err, errcap, "%s: cannot connect: %s", name, strerror(e));
  return fd;
}
