package dev.careerfit.release;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Strings shared across a snapshot, numbered in the order first written. */
final class StringTable {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    int index(String s) {
        Integer i = index.get(s);
        if (i == null) {
            i = strings.size();
            index.put(s, i);
            strings.add(s);
        }
        return i;
    }

    List<String> strings() {
        return strings;
    }
}
