#include "internal.h"

void cd_find_entities(cd_doc *doc)
{
    (void)doc;
}
