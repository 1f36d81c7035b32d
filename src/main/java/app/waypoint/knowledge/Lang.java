package app.waypoint.knowledge;

/** The languages Waypoint speaks. */
public enum Lang {
    EN,
    RU;

    /** Russian for Telegram language codes ru, uk, be and kk; English for anything else, null included. */
    public static Lang fromLanguageCode(String code) {
        if (code == null) return EN;
        String base = code.toLowerCase(java.util.Locale.ROOT);
        int dash = base.indexOf('-');
        if (dash >= 0) base = base.substring(0, dash);
        return switch (base) {
            case "ru", "uk", "be", "kk" -> RU;
            default -> EN;
        };
    }
}
