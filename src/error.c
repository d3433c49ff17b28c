#include "dealstream/error.h"

const char *ds_strerror(int err) {
  switch (err) {
#define DS__ERR_MSG(name, val, msg) \
  case DS_##name:                   \
    return msg;
    DS_ERRNO_MAP(DS__ERR_MSG)
#undef DS__ERR_MSG
  case DS_OK:
    return "success";
  }
  return "unknown error";
}

const char *ds_err_name(int err) {
  switch (err) {
#define DS__ERR_NAME(name, val, msg) \
  case DS_##name:                    \
    return #name;
    DS_ERRNO_MAP(DS__ERR_NAME)
#undef DS__ERR_NAME
  case DS_OK:
    return "OK";
  }
  return "UNKNOWN";
}
