#include "internal.h"

void cd_find_quotes(cd_doc *doc)
{
    (void)doc;
}
