package io.tokenstack.advisor.support;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Finds the known name nearest to a mistyped one (edit distance), for error hints.
 */
public final class Closest {

    private Closest() {
    }

    public static Optional<String> of(String unknown, Collection<String> known) {
        if (unknown == null) {
            return Optional.empty();
        }
        String needle = unknown.toLowerCase();
        // Among names equally far, the one sharing the longest start wins: "deepseek-v3" is
        // nearer deepseek-v3.2 than deepseek-r1, though both are two edits away.
        return known.stream()
                .min(Comparator.comparingInt((String k) -> distance(needle, k.toLowerCase()))
                        .thenComparing(k -> -commonPrefix(needle, k.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(k -> distance(needle, k.toLowerCase()) <= Math.max(3, needle.length() / 2));
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
                        previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
