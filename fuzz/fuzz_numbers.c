/* libFuzzer target: the number reader alone (tokenizer, sentences, numbers), without the other
 * passes, so that its coverage is not diluted. */
#include <stdint.h>

#include "internal.h"
#include "invariants.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cd_doc *doc = calloc(1, sizeof *doc);
    char *copy = malloc(size + 1);
    if (!doc || !copy) {
        free(doc);
        free(copy);
        return 0;
    }
    memcpy(copy, data, size);
    copy[size] = 0;
    doc->src = doc->text = copy;
    doc->src_len = doc->text_len = size;
    doc->input = CD_INPUT_TEXT;
    cd_tokenize(doc);
    cd_split_sentences(doc);
    cd_find_numbers(doc);
    for (size_t i = 0; i < doc->n_nums; i++) {
        const cd_number *n = &doc->nums[i];
        CD_INVARIANT(n->span.tstart <= n->span.tstop && n->span.tstop <= size, "number inside the input");
        CD_INVARIANT(isfinite(n->value) && isfinite(n->value_hi), "number value finite");
        CD_INVARIANT(i == 0 || doc->nums[i - 1].span.tstart <= n->span.tstart, "numbers in order");
        CD_INVARIANT(doc->ninfo && doc->n_ninfo == doc->n_nums, "token ranges parallel to numbers");
    }
    cd_doc_free(doc);
    return 0;
}
