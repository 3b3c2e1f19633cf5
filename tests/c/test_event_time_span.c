/* A span of time that ends a verb's object (data/ev_time_spans.tsv) is no part of it
 * (before_span_of_time): "closed a half hour early" says when, and the mill is what closed;
 * "resigned the same day" has no target; "shut the road just hours after" is about the road. */
#include "helpers.h"

static void test_time_span(void **state)
{
    (void)state;
    const event_roles want[] = {
        {"closed", "The mill closed", 0, NULL, "The mill"},
        {"resigned", "Tom Reed resigned", 38, "Tom Reed", NULL},
        {"shut the road", "shut the road", 79, "The army", "the road"},
    };
    expect_event_roles("The mill closed a half hour early. Mr Tom Reed resigned the same day. The army "
                       "shut the road just hours after the vote.",
                       "2004-03-08", want, N_OF(want));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_time_span),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
