package uk.placementbroker.market.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.placementbroker.market.Vacancies;
import uk.placementbroker.shared.Typed;

/** A vacancy's details as typed in the portal. */
public class VacancyForm {

    private String home = "";
    private String places = "1";
    private String day = "";
    private String month = "";
    private String year = "";
    private String weeklyFee = "";

    static VacancyForm of(Vacancies.Vacancy vacancy) {
        VacancyForm form = new VacancyForm();
        form.places = String.valueOf(vacancy.places());
        form.day = String.valueOf(vacancy.availableFrom().getDayOfMonth());
        form.month = String.valueOf(vacancy.availableFrom().getMonthValue());
        form.year = String.valueOf(vacancy.availableFrom().getYear());
        form.weeklyFee = vacancy.weeklyFee().toPlainString();
        return form;
    }

    /** Each problem under its field's id, in the order of the page. */
    Map<String, String> problems(boolean homeNeeded) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (homeNeeded && home.isBlank()) {
            problems.put("home", "Select the home the vacancy is in");
        }
        if (placesValue() == null) {
            problems.put("places", "Enter how many children the vacancy can take together, from 1 to 10");
        }
        if (availableFrom() == null) {
            problems.put(
                    "day",
                    "The date the place is free from must be a real date within the next two years, such as 1 12 2026");
        }
        if (fee() == null) {
            problems.put("weeklyFee", "Enter the weekly fee in pounds, such as 850 or 850.50, up to £100,000");
        }
        return problems;
    }

    Integer placesValue() {
        return Typed.wholeNumber(places, 1, 10).orElse(null);
    }

    /** From a year back (a place free since then) to two years ahead. */
    LocalDate availableFrom() {
        LocalDate today = LocalDate.now();
        return Typed.date(day, month, year, today.minusYears(1), today.plusYears(2))
                .orElse(null);
    }

    BigDecimal fee() {
        return Typed.pounds(weeklyFee).filter(fee -> fee.signum() > 0).orElse(null);
    }

    public String getHome() {
        return home;
    }

    public void setHome(String home) {
        this.home = home;
    }

    public String getPlaces() {
        return places;
    }

    public void setPlaces(String places) {
        this.places = places;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getWeeklyFee() {
        return weeklyFee;
    }

    public void setWeeklyFee(String weeklyFee) {
        this.weeklyFee = weeklyFee;
    }
}
