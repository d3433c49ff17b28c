#include "dealstream/version.h"

const char *ds_version_string(void) { return DS_VERSION_STRING; }
