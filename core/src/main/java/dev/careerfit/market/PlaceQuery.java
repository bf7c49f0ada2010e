package dev.careerfit.market;

import dev.careerfit.Api;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A place as a person types it ({@code London, UK}, {@code uk}, {@code GB}, {@code New York}, {@code NY},
 * {@code San Francisco, CA}, {@code California}), read by one rule:
 *
 * <ol>
 *   <li>The text is split at commas into parts, broadest last; without a comma, a last word that is a
 *       country or U.S. state code ({@code San Francisco CA}) is a part of its own.</li>
 *   <li>Each part is normalised: accents, case, full stops and apostrophes dropped, any other run of
 *       punctuation or spaces made one space ({@code "U.K."} is {@code uk}, {@code "são paulo"} is
 *       {@code sao paulo}).</li>
 *   <li>A part names a <b>country</b> by its ISO 3166-1 alpha-2 code or English name ({@code GB},
 *       {@code United Kingdom}), or by an alias accepted as input only ({@code UK}, {@code Britain},
 *       {@code Great Britain} for GB; {@code USA}, {@code America}, {@code United States of America}
 *       for US); a <b>region</b> by its code ({@code CA}) or, in the U.S., the state's name
 *       ({@code California}); and a <b>city</b> by its name. A part may be read more than one way
 *       ({@code New York} is a state and a city).</li>
 *   <li>A place matches when every part names its city, its region or its country; a country matches its
 *       regions and cities too ({@code US} matches San Francisco).</li>
 *   <li>A part that can be both a country and a U.S. state ({@code CA}: Canada or California;
 *       {@code IN}, {@code DE}, {@code GA}, {@code Georgia}...) is <b>ambiguous</b> unless a city or a
 *       country stands beside it ({@code San Francisco, CA}; {@code CA, US}): {@link #parse} then fails
 *       naming both readings, whatever places the data has.</li>
 * </ol>
 *
 * Nothing depends on the default locale.
 *
 * @since 0.3
 */
@Api(Api.Status.STABLE)
public final class PlaceQuery {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("[.'\u2019]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The U.S. states, the District of Columbia and Puerto Rico, by their postal codes. */
    private static final Map<String, String> US_STATES = states();
    /** Input-only names of countries beside their ISO codes and English names. */
    private static final Map<String, String> COUNTRY_ALIASES = Map.of(
            "uk", "GB", "britain", "GB", "great britain", "GB", "united kingdom of great britain and northern ireland", "GB",
            "usa", "US", "america", "US", "united states of america", "US", "u s a", "US");

    private final String text;
    private final List<Part> parts;

    private PlaceQuery(String text, List<Part> parts) {
        this.text = text;
        this.parts = parts;
    }

    /**
     * Reads what a person typed.
     *
     * @throws IllegalArgumentException in one line when the text names no place, or when a part is
     *                                  ambiguous (naming its readings and how to say each)
     */
    public static PlaceQuery parse(String text) {
        PlaceQuery q = read(text);
        boolean anchored = q.parts.stream().anyMatch(p -> !p.ambiguous() && (p.country() != null || p.onlyCity()));
        for (Part p : q.parts) {
            if (p.ambiguous() && !anchored) {
                String country = countryName(p.country());
                throw new IllegalArgumentException("place '" + q.text + "' is ambiguous: '" + p.typed()
                        + "' is the U.S. state " + stateName(p.state()) + " (" + p.state() + ") or the country "
                        + country + " (" + p.country() + "); say '" + stateName(p.state()) + ", US' for the state or '"
                        + (stateByName(normalise(country)) == null ? country : p.country()) + "' for the country");
            }
        }
        return q;
    }

    private static PlaceQuery read(String text) {
        if (text == null || normalise(text).isEmpty()) {
            throw new IllegalArgumentException("a place must have letters or digits, e.g. US, London, UK or "
                    + "San Francisco, CA; was '" + (text == null ? "" : text.strip()) + "'");
        }
        List<String> typed = new ArrayList<>();
        for (String piece : text.split(",")) {
            if (!normalise(piece).isEmpty()) {
                typed.add(piece.strip());
            }
        }
        if (typed.size() == 1) {
            String[] words = typed.get(0).split("\\s+");
            String last = normalise(words[words.length - 1]);
            if (words.length > 1 && last.length() == 2 && (US_STATES.containsKey(last.toUpperCase(Locale.ROOT))
                    || countryCode(last) != null)) {
                typed.set(0, typed.get(0).substring(0, typed.get(0).length() - words[words.length - 1].length()).strip());
                typed.add(words[words.length - 1]);
            }
        }
        return new PlaceQuery(text.strip(), typed.stream().map(PlaceQuery::part).toList());
    }

    /**
     * Whether any reading of {@code text} names {@code location}, ambiguous parts included: the lenient
     * test behind {@link Location#matches(String)}.
     */
    static boolean anyReadingMatches(String text, Location location) {
        try {
            return read(text).matches(location);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether every part names the location's city, region or country. */
    public boolean matches(Location location) {
        return parts.stream().allMatch(p -> p.names(location));
    }

    /** The text as typed, without surrounding spaces. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * The text for comparing: accents, case, full stops and apostrophes dropped, other punctuation and
     * spaces made single spaces, trimmed.
     */
    public static String normalise(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        s = DROPPED.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        return SEPARATORS.matcher(s).replaceAll(" ").strip();
    }

    private static Part part(String typed) {
        String key = normalise(typed);
        String upper = key.toUpperCase(Locale.ROOT);
        String state = US_STATES.containsKey(upper) ? upper : stateByName(key);
        String region = key.length() <= 3 && !key.contains(" ") ? upper : null;
        return new Part(typed, key, countryCode(key), state, region);
    }

    /** The ISO code a part names as a country, or null. */
    private static String countryCode(String key) {
        String upper = key.toUpperCase(Locale.ROOT);
        if (upper.length() == 2 && Countries.CODES.contains(upper)) {
            return upper;
        }
        String alias = COUNTRY_ALIASES.get(key);
        return alias != null ? alias : Countries.BY_NAME.get(key);
    }

    private static String stateByName(String key) {
        return US_STATES.entrySet().stream().filter(e -> normalise(e.getValue()).equals(key)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static String stateName(String code) {
        return US_STATES.get(code);
    }

    private static String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    /**
     * One comma-separated part and what it can name.
     *
     * @param typed   as typed
     * @param key     normalised
     * @param country the country it names, or null
     * @param state   the U.S. state it names by code or name, or null
     * @param region  the region code it may be in any country (a short word), or null
     */
    private record Part(String typed, String key, String country, String state, String region) {
        boolean ambiguous() {
            return country != null && state != null;
        }

        boolean onlyCity() {
            return country == null && state == null;
        }

        boolean names(Location l) {
            return (country != null && country.equals(l.country()))
                    || (state != null && "US".equals(l.country()) && state.equalsIgnoreCase(String.valueOf(l.region())))
                    || (region != null && l.region() != null && region.equals(normalise(l.region()).toUpperCase(Locale.ROOT)))
                    || (l.city() != null && key.equals(normalise(l.city())));
        }
    }

    /** ISO 3166-1 codes and English names, made on first use (locale data costs start-up time). */
    private static final class Countries {
        static final Set<String> CODES = Set.of(Locale.getISOCountries());
        static final Map<String, String> BY_NAME = CODES.stream().collect(Collectors.toMap(
                c -> normalise(new Locale("", c).getDisplayCountry(Locale.ENGLISH)), c -> c, (a, b) -> a));
    }

    private static Map<String, String> states() {
        String[] pairs = {"AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California",
            "CO", "Colorado", "CT", "Connecticut", "DE", "Delaware", "DC", "District of Columbia", "FL", "Florida",
            "GA", "Georgia", "HI", "Hawaii", "ID", "Idaho", "IL", "Illinois", "IN", "Indiana", "IA", "Iowa",
            "KS", "Kansas", "KY", "Kentucky", "LA", "Louisiana", "ME", "Maine", "MD", "Maryland", "MA", "Massachusetts",
            "MI", "Michigan", "MN", "Minnesota", "MS", "Mississippi", "MO", "Missouri", "MT", "Montana",
            "NE", "Nebraska", "NV", "Nevada", "NH", "New Hampshire", "NJ", "New Jersey", "NM", "New Mexico",
            "NY", "New York", "NC", "North Carolina", "ND", "North Dakota", "OH", "Ohio", "OK", "Oklahoma",
            "OR", "Oregon", "PA", "Pennsylvania", "PR", "Puerto Rico", "RI", "Rhode Island", "SC", "South Carolina",
            "SD", "South Dakota", "TN", "Tennessee", "TX", "Texas", "UT", "Utah", "VT", "Vermont", "VA", "Virginia",
            "WA", "Washington", "WV", "West Virginia", "WI", "Wisconsin", "WY", "Wyoming"};
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(m);
    }
}
