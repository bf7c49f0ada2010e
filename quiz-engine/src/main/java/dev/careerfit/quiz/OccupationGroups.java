package dev.careerfit.quiz;

import dev.careerfit.role.RoleId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The families of near-twin occupations a ranking leads with (docs/scoring.md, "Families of occupations"): the SOC
 * 2018 broad occupation of an O*NET-SOC code, its first six characters and a 0 ({@code 29-1141.03} Critical Care
 * Nurses is in {@code 29-1140} Registered Nurses, with the four other nursing occupations O*NET lists there). Titles
 * are the BLS's ({@code soc-broad-groups.tsv}, from OEWS May 2024); a broad code the BLS does not title takes the
 * title of its first occupation. A role without an O*NET-SOC code is a family of its own; a view belongs to none.
 */
final class OccupationGroups {
    static final String TITLES = "soc-broad-groups.tsv";
    private static final Pattern ONET_SOC = Pattern.compile("\\d\\d-\\d\\d\\d\\d\\.\\d\\d");
    private static volatile Map<String, String> published;

    /** Per role: the index of its family; -1 for a view. */
    final int[] of;
    final String[] ids;
    final String[] titles;
    /** Per family: its roles, in row order. */
    final int[][] members;

    private OccupationGroups(int[] of, List<String> ids, List<String> titles, List<List<Integer>> members) {
        this.of = of;
        this.ids = ids.toArray(String[]::new);
        this.titles = titles.toArray(String[]::new);
        this.members = members.stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    static OccupationGroups of(RoleId[] roles, String[] roleTitles, boolean[] view) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        int[] of = new int[roles.length];
        for (int r = 0; r < roles.length; r++) {
            if (view[r]) {
                of[r] = -1;
                continue;
            }
            String key = key(roles[r]);
            int row = r;
            of[r] = index.computeIfAbsent(key, k -> {
                ids.add(k);
                titles.add(titles().getOrDefault(k, roleTitles[row]));
                members.add(new ArrayList<>());
                return ids.size() - 1;
            });
            members.get(of[r]).add(r);
        }
        return new OccupationGroups(of, ids, titles, members);
    }

    /** The family id of a role: the SOC broad occupation of an O*NET-SOC code, else the role's own id. */
    static String key(RoleId role) {
        String id = role.value();
        return ONET_SOC.matcher(id).matches() ? id.substring(0, 6) + "0" : id;
    }

    /** Whether {@code id} is an O*NET-SOC code. */
    static boolean isOnetSoc(String id) {
        return ONET_SOC.matcher(id).matches();
    }

    int size() {
        return ids.length;
    }

    /** The BLS's titles of the SOC broad occupations, read once. */
    private static Map<String, String> titles() {
        Map<String, String> found = published;
        if (found == null) {
            Map<String, String> read = new LinkedHashMap<>();
            try (InputStream in = OccupationGroups.class.getResourceAsStream(TITLES)) {
                if (in != null) {
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        int tab = line.indexOf('\t');
                        if (!line.startsWith("#") && tab > 0) {
                            read.put(line.substring(0, tab), line.substring(tab + 1));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            found = Collections.unmodifiableMap(read);
            published = found;
        }
        return found;
    }
}
