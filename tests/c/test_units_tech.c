/* Units of cameras, batteries and networks (data/num_unit.tsv): megapixels, milliampere hours,
 * kilobits and terabits, and rates written "Tbps" or "Mbit/s"; alongside the bytes, hertz and watts
 * the list had. Every sentence here is our own. */
#include "helpers.h"

static void test_camera_battery_and_network_units(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The Quill X phone has a 48-megapixel camera, a 5,000mAh battery and 256 GB of storage.",
         .want = {{"48-megapixel", "48-megapixel", 48, CD_NUM_MEASURE, "megapixels"},
                  {"5,000mAh", "5,000mAh", 5000, CD_NUM_MEASURE, "milliampere hours"},
                  {"256 GB", "256 GB", 256, CD_NUM_MEASURE, "gigabytes"}}},
        {"The cable carries 3.5 Tbps, the village line 40 Mbit/s and the 2.4GHz radio 600 kilobits.",
         .want = {{"3.5 Tbps", "3.5 Tbps", 3.5, CD_NUM_MEASURE, "terabits per second"},
                  {"40 Mbit/s", "40 Mbit/s", 40, CD_NUM_MEASURE, "megabits per second"},
                  {"2.4GHz", "2.4GHz", 2.4, CD_NUM_MEASURE, "gigahertz"},
                  {"600 kilobits", "600 kilobits", 600, CD_NUM_MEASURE, "kilobits"}}},
        {"Its 900kW turbines feed a 1.2 GW grid.",
         .want = {{"900kW", "900kW", 900, CD_NUM_MEASURE, "kilowatts"},
                  {"1.2 GW", "1.2 GW", 1.2, CD_NUM_MEASURE, "gigawatts"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_camera_battery_and_network_units),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
