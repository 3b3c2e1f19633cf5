/* libFuzzer target: analysis of any bytes as one input kind (CD_FUZZ_INPUT at build time:
 * text, html, xml, markdown), with the invariants of fuzz/invariants.h. The first byte picks
 * whether a story date is set, so both paths are explored, and whether the input is analyzed twice
 * to compare the records. */
#include <stdint.h>

#include "invariants.h"

#ifndef CD_FUZZ_INPUT
#define CD_FUZZ_INPUT CD_INPUT_TEXT
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A second analysis of the same bytes gives the same record, byte for byte: no state is kept
 * between documents and nothing reads uninitialized memory into the record. */
static void check_deterministic(const cd_doc *doc, const uint8_t *data, size_t size, const cd_options *opt)
{
    cd_doc *again = NULL;
    char err[256];
    CD_INVARIANT(cd_analyze((const char *)data, size, opt, &again, err, sizeof err) == CD_OK, "a second analysis succeeds");
    char *a = NULL, *b = NULL;
    size_t alen = 0, blen = 0;
    if (cd_doc_to_json(doc, NULL, &a, &alen) == CD_OK && cd_doc_to_json(again, NULL, &b, &blen) == CD_OK)
        CD_INVARIANT(alen == blen && memcmp(a, b, alen) == 0, "the same input gives the same record");
    free(a);
    free(b);
    cd_doc_free(again);
}

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
        if (data[0] & 2) check_deterministic(doc, data, size, &opt);
        cd_doc_free(doc);
    } else {
        CD_INVARIANT(doc == NULL && err[0], "a failed analysis returns no document and a message");
    }
    return 0;
}
