#include "internal.h"

void cd_find_claims(cd_doc *doc)
{
    (void)doc;
}
