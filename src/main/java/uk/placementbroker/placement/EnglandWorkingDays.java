package uk.placementbroker.placement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days in England: not a Saturday or Sunday, nor a bank holiday of England and Wales by the rules
 * that set them (New Year's Day, Good Friday, Easter Monday, the early May and spring bank holidays, the
 * summer bank holiday, Christmas Day and Boxing Day, each moved to the next weekday when it falls at a
 * weekend). One-off holidays proclaimed for an occasion are not foreseen.
 */
public final class EnglandWorkingDays {

    private EnglandWorkingDays() {}

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays(day.getYear()).contains(day);
    }

    /** The day {@code count} working days after {@code day} (the day itself not counted). */
    public static LocalDate after(LocalDate day, int count) {
        LocalDate next = day;
        for (int counted = 0; counted < count; ) {
            next = next.plusDays(1);
            if (isWorkingDay(next)) {
                counted++;
            }
        }
        return next;
    }

    static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> holidays = new HashSet<>();
        holidays.add(weekdayOnOrAfter(LocalDate.of(year, Month.JANUARY, 1)));
        LocalDate easter = easterSunday(year);
        holidays.add(easter.minusDays(2));
        holidays.add(easter.plusDays(1));
        holidays.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        holidays.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        holidays.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = weekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 25));
        holidays.add(christmas);
        holidays.add(weekdayOnOrAfter(christmas.plusDays(1)));
        return holidays;
    }

    private static LocalDate weekdayOnOrAfter(LocalDate day) {
        LocalDate weekday = day;
        while (weekday.getDayOfWeek() == DayOfWeek.SATURDAY || weekday.getDayOfWeek() == DayOfWeek.SUNDAY) {
            weekday = weekday.plusDays(1);
        }
        return weekday;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, as in Meeus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
