/* dealstream: the whole public API of the core library. */
#ifndef DEALSTREAM_H
#define DEALSTREAM_H

#include "config.h"
#include "error.h"
#include "span.h"
#include "article.h"
#include "event.h"
#include "decode.h"
#include "frame.h"
#include "extract.h"
#include "encode.h"
#include "json.h"
#include "mpread.h"
#include "mpwrite.h"
#include "mring.h"
#include "replay.h"
#include "novelty.h"
#include "filter.h"
#include "bus.h"
#include "version.h"

#endif
