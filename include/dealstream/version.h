#ifndef DEALSTREAM_VERSION_H
#define DEALSTREAM_VERSION_H

#define DS_VERSION_MAJOR 0
#define DS_VERSION_MINOR 1
#define DS_VERSION_PATCH 0
#define DS_VERSION_STRING "0.1.0"

const char *ds_version_string(void);

#endif
