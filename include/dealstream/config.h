/* dealstream compile-time limits (lwIP's opt.h pattern).
 *
 * Every limit here is a default: define DS_USER_CONFIG_H to the name of a header of
 * your own (e.g. -DDS_USER_CONFIG_H='"ds_opts.h"') and define any of these macros in
 * it first; yours win. Run-time options live in the per-module option structs.
 */
#ifndef DEALSTREAM_CONFIG_H
#define DEALSTREAM_CONFIG_H

#ifdef DS_USER_CONFIG_H
#include DS_USER_CONFIG_H
#endif

/* Default size of one article buffer (the framer's window): the longest article kept
 * whole. Longer articles are skipped or truncated, as configured. */
#ifndef DS_ARTICLE_MAX
#define DS_ARTICLE_MAX (1u << 20)
#endif

/* Default cap on decompressed output per stream (decompression-bomb guard), bytes.
 * 0 disables the cap. */
#ifndef DS_DECODE_MAX_OUTPUT
#define DS_DECODE_MAX_OUTPUT (4ull << 30)
#endif

/* Default cap on the output/input ratio of one stream. Text compresses 3-10x; a ratio
 * past this is a bomb. Checked only after DS_DECODE_RATIO_GRACE output bytes, so a
 * tiny stream of repeated bytes is not flagged. 0 disables the check. */
#ifndef DS_DECODE_MAX_RATIO
#define DS_DECODE_MAX_RATIO 100u
#endif
#ifndef DS_DECODE_RATIO_GRACE
#define DS_DECODE_RATIO_GRACE (1u << 20)
#endif

/* Bytes of caller-placed arena zlib's inflate state and window are drawn from
 * (inflate needs 32 KiB window + ~7 KiB state for windowBits 15). */
#ifndef DS_DECODE_ARENA_SIZE
#define DS_DECODE_ARENA_SIZE (48u * 1024u)
#endif

/* Extractor output limits, per event. */
#ifndef DS_MAX_PARTIES
#define DS_MAX_PARTIES 8
#endif
#ifndef DS_MAX_PEOPLE
#define DS_MAX_PEOPLE 4
#endif
#ifndef DS_MAX_PLACES
#define DS_MAX_PLACES 4
#endif
#ifndef DS_MAX_SECTORS
#define DS_MAX_SECTORS 4
#endif
/* Length of a party's normalized key, including the NUL. Longer keys are cut. */
#ifndef DS_KEY_MAX
#define DS_KEY_MAX 64
#endif

/* Extractor working limits, per article. */
#ifndef DS_MAX_EVENTS
#define DS_MAX_EVENTS 16 /* events one article may yield */
#endif
#ifndef DS_MAX_ORGS
#define DS_MAX_ORGS 128 /* distinct organization names remembered per article */
#endif
#ifndef DS_MAX_SENT_TOKENS
#define DS_MAX_SENT_TOKENS 512 /* tokens looked at per sentence; the rest is skipped */
#endif
/* The extractor reads an article twice (names first, then rules); the tokens of its
 * first DS_TOKEN_CACHE tokens are kept from the first reading for the second (20 bytes
 * each, plus 16 per sentence for DS_TOKEN_CACHE / 8 sentences). 0: re-tokenize. */
#ifndef DS_TOKEN_CACHE
#define DS_TOKEN_CACHE 4096
#endif

/* Longest evidence sentence carried in an event, bytes; longer ones are cut at a
 * character boundary. Keeps every event well inside DS_EVENT_MAX. */
#ifndef DS_EVIDENCE_MAX
#define DS_EVIDENCE_MAX 1024
#endif

/* Largest encoded msgpack event, bytes. */
#ifndef DS_EVENT_MAX
#define DS_EVENT_MAX 8192
#endif

#endif
