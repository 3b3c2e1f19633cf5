#include <stdio.h>

#include "internal.h"

struct cd_facts {
    size_t n;
};

cd_status cd_facts_load_file(const char *path, cd_facts **out, char *err, size_t errlen)
{
    (void)out;
    snprintf(err, errlen, "%s: fact sheets are not supported yet", path);
    return CD_ERR_PARSE;
}

cd_status cd_facts_load_memory(const char *xml, size_t len, const char *name, cd_facts **out,
                               char *err, size_t errlen)
{
    (void)xml;
    (void)len;
    (void)out;
    snprintf(err, errlen, "%s: fact sheets are not supported yet", name ? name : "fact sheet");
    return CD_ERR_PARSE;
}

size_t cd_facts_count(const cd_facts *facts)
{
    return facts ? facts->n : 0;
}

void cd_facts_free(cd_facts *facts)
{
    (void)facts;
}

void cd_check_facts(cd_doc *doc)
{
    (void)doc;
}
