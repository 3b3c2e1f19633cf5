#include "internal.h"

void cd_run_checks(cd_doc *doc)
{
    (void)doc;
}
