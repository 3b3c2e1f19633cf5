#include "internal.h"

void cd_find_events(cd_doc *doc)
{
    (void)doc;
}
