#include "internal.h"

void cd_score_claims(cd_doc *doc)
{
    (void)doc;
}
