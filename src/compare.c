#include "internal.h"

void cd_find_comparisons(cd_doc *doc)
{
    (void)doc;
}
