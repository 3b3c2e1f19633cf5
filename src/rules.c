/* The catalogue of finding rules: every rule a finding may carry, with its severity and a line on
 * what it means, for editors who choose the rules they see (the CLI's --rules, copydesk.rules(),
 * the Neovim option `rules`). The passes write their rule names themselves; tests/c/test_rules.c
 * raises every rule from fixture stories and holds this table and the passes to each other. The
 * CD_*_CROSSCHECK builds' rules (number-start-*, time-dispatch-*) are checks of the code, not of a
 * story, and are not listed. */
#include "copydesk.h"

/* Sorted by name. */
static const cd_rule_info RULES[] = {
    {"arithmetic", CD_SEV_ERROR,
     "a stated percentage, multiple, difference or total that does not follow from the figures beside it"},
    {"fact-match", CD_SEV_INFO, "a figure or name that agrees with the fact sheet"},
    {"fact-mismatch", CD_SEV_ERROR, "a figure or name that disagrees with the fact sheet"},
    {"holiday-date-unknown", CD_SEV_INFO,
     "a lunar holiday in a year its table does not hold, so its date is left unknown"},
    {"impossible-date", CD_SEV_ERROR, "a day past its month's end (\"November 31\"), claimed as its month"},
    {"inconsistent-number", CD_SEV_WARNING, "the same quantity given two values, or one person two ages or an age the birth year rules out"},
    {"input", CD_SEV_WARNING, "more runs of invalid UTF-8 or NUL bytes than are listed one by one"},
    {"invalid-utf8", CD_SEV_WARNING, "bytes that are not valid UTF-8 (kept as they are)"},
    {"language", CD_SEV_WARNING, "a story that does not read as English: its quotes are not checked for a speaker"},
    {"markup", CD_SEV_WARNING,
     "XML that is not well-formed, read as far as possible; or HTML errors that were repaired (info)"},
    {"name-variant", CD_SEV_WARNING, "one name spelled two ways, or one person given two offices"},
    {"nul-byte", CD_SEV_WARNING, "NUL bytes in the text (read as spaces)"},
    {"number-spelling", CD_SEV_WARNING,
     "a scale word spelled wrong in a figure (\"60 bilion\"), read as the word meant"},
    {"percentage-points", CD_SEV_WARNING,
     "a change of two percentages given in percent that is their difference in percentage points"},
    {"quote-marks", CD_SEV_WARNING, "a quotation mark that opens or closes nothing, or the wrong way round"},
    {"relative-date", CD_SEV_INFO,
     "the date a relative expression (\"today\", \"last week\", \"Tuesday\") means, from the story date"},
    {"reversed-range", CD_SEV_ERROR,
     "a range written end first (\"from Friday, June 5 to Monday, June 1\"), both weekdays right"},
    {"unattributed-quote", CD_SEV_WARNING,
     "a direct quote with no speaker found (attribution \"paragraph\": or none in its own paragraph)"},
    {"weekday-mismatch", CD_SEV_ERROR, "a weekday that does not fall on the date beside it"},
};

const cd_rule_info *cd_rules(size_t *n)
{
    if (n) *n = sizeof RULES / sizeof *RULES;
    return RULES;
}
