/* Time expressions, resolved against the story's date, and the date arithmetic behind them. */
#include <stdio.h>
#include <string.h>

#include "internal.h"

int cd_days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return days[m - 1];
}

int cd_weekday(int y, int m, int d)
{
    /* Sakamoto's method; 0 = Sunday */
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

int cd_date_parse(const char *s, cd_date *out)
{
    int y, m, d, n = 0;
    if (!s || strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10) return 0;
    if (s[4] != '-' || s[7] != '-' || y < 1 || m < 1 || m > 12 || d < 1 || d > cd_days_in_month(y, m)) return 0;
    out->y = y;
    out->m = m;
    out->d = d;
    return 1;
}

void cd_find_times(cd_doc *doc)
{
    (void)doc;
}
