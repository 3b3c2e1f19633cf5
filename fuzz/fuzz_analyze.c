/* libFuzzer target: analysis of any bytes as one input kind (CD_FUZZ_INPUT at build time:
 * text, html, xml, markdown), with the invariants of fuzz/invariants.h. The first byte picks
 * whether a story date is set, so both paths are explored. */
#include <stdint.h>

#include "invariants.h"

#ifndef CD_FUZZ_INPUT
#define CD_FUZZ_INPUT CD_INPUT_TEXT
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cd_options opt = {0};
    opt.input = CD_FUZZ_INPUT;
    if (size && (data[0] & 1)) opt.date = "2017-12-26";
    cd_doc *doc = NULL;
    char err[256];
    cd_status st = cd_analyze((const char *)data, size, &opt, &doc, err, sizeof err);
    if (st == CD_OK) {
        cd_check_invariants(doc, CD_FUZZ_INPUT == CD_INPUT_TEXT);
        cd_doc_free(doc);
    } else {
        CD_INVARIANT(doc == NULL && err[0], "a failed analysis returns no document and a message");
    }
    return 0;
}
