/* Markup input (HTML, XML, Markdown) -> analyzed text and an offset map. Plain text for now. */
#include "internal.h"

cd_status cd_markup_extract(cd_doc *doc, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    doc->input = CD_INPUT_TEXT;
    return CD_OK;
}
