package dev.careerfit.cli;

/**
 * The person ids a batch has seen, and where each was first: a set that grows by 21 to 43 bytes a person, so that
 * a batch of ten million people finds its duplicates in a few hundred megabytes rather than gigabytes of strings.
 * An id is kept as a 64-bit fingerprint; two different ids share one with a chance of about one in
 * 2<sup>64</sup> per pair (for ten million people, about three in a million runs would report one false
 * duplicate).
 */
final class PersonIds {
    private static final long EMPTY = 0;
    private long[] keys = new long[1 << 10];
    private long[] places = new long[1 << 10];
    private int size;

    /**
     * Adds {@code person}, seen at {@code place} (a line number or a file's index).
     *
     * @return where it was seen first, or {@code -1} when it is new
     */
    long add(String person, long place) {
        long key = fingerprint(person);
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY) {
                keys[i] = key;
                places[i] = place;
                if (++size * 4 > keys.length * 3) {
                    grow();
                }
                return -1;
            }
            if (keys[i] == key) {
                return places[i];
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldPlaces = places;
        keys = new long[oldKeys.length * 2];
        places = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                places[i] = oldPlaces[j];
            }
        }
    }

    /** FNV-1a over the id's characters, never {@value #EMPTY}. */
    static long fingerprint(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == EMPTY ? 1 : h;
    }

    /** Spreads a fingerprint's bits over the table's index (the finaliser of MurmurHash3). */
    private static int mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93e185a53cdL;
        h ^= h >>> 33;
        return (int) h;
    }
}
