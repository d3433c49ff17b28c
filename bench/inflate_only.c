/* The baseline for `dealstream extract FILE`: read FILE, inflate it (gzip, several
 * members too, or zlib), write nothing. Bare zlib in the loop any program would write,
 * so the ratio of the two is what the rest of the pipeline costs.
 * usage: inflate_only FILE   (exit 0 when the stream ended cleanly) */
#include <stdio.h>
#include <zlib.h>

static int inflate_file(FILE *f, z_stream *z) {
  static unsigned char in[256 * 1024], out[64 * 1024];
  int rc = Z_OK;
  while ((z->avail_in = (uInt)fread(in, 1, sizeof in, f)) > 0) {
    z->next_in = in;
    do {
      if (rc == Z_STREAM_END) { /* another gzip member follows */
        if (z->avail_in == 0) break;
        inflateReset(z);
      }
      z->next_out = out;
      z->avail_out = sizeof out;
      rc = inflate(z, Z_NO_FLUSH);
      if (rc == Z_BUF_ERROR) rc = Z_OK; /* nothing to do until more input */
      else if (rc != Z_OK && rc != Z_STREAM_END) return rc;
    } while (z->avail_out == 0 || z->avail_in > 0);
  }
  return rc;
}

int main(int argc, char **argv) {
  FILE *f = argc > 1 ? fopen(argv[1], "rb") : NULL;
  z_stream z = {0};
  if (!f || inflateInit2(&z, 15 + 32) != Z_OK) return 2;
  int rc = inflate_file(f, &z);
  inflateEnd(&z);
  fclose(f);
  return rc == Z_STREAM_END ? 0 : 1;
}
