/* libFuzzer target: fact sheets. Any bytes either load or fail with a message; a loaded sheet
 * is then used to check a small story. */
#include <stdint.h>

#include "invariants.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cd_facts *facts = NULL;
    char err[512] = "";
    if (cd_facts_load_memory((const char *)data, size, "fuzz.xml", &facts, err, sizeof err) != CD_OK) {
        CD_INVARIANT(facts == NULL && err[0], "a failed load returns no sheet and a message");
        return 0;
    }
    static const char story[] = "U.S. diplomatic staff in Russia shrank from 1,200 to 455 in 2017, "
                                "the State Department said. The budget was $3.8 million.";
    const cd_facts *list[1] = {facts};
    cd_options opt = {0};
    opt.facts = list;
    opt.nfacts = 1;
    cd_doc *doc = NULL;
    if (cd_analyze(story, sizeof story - 1, &opt, &doc, err, sizeof err) == CD_OK) {
        cd_check_invariants(doc, 1);
        cd_doc_free(doc);
    }
    cd_facts_free(facts);
    return 0;
}
