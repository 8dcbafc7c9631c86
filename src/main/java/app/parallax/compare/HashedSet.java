package app.parallax.compare;

import java.util.Arrays;
import java.util.Collection;

/**
 * A set of strings kept as their sorted 64-bit hashes. A unit's word and character grams are only ever
 * counted against another unit's, so their text is not needed: this takes a tenth of a {@code HashSet}'s
 * memory (a library of 60,000 passages no longer needs gigabytes for them) and intersects by a merge. Two
 * different grams sharing a hash would count as one; at 64 bits that is about one chance in 10^14 a pair.
 */
record HashedSet(long[] hashes) {

    static HashedSet of(Collection<String> items) {
        return new HashedSet(items.stream().mapToLong(HashedSet::hash).distinct().sorted().toArray());
    }

    int size() {
        return hashes.length;
    }

    boolean isEmpty() {
        return hashes.length == 0;
    }

    int intersection(HashedSet other) {
        long[] a = hashes;
        long[] b = other.hashes;
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** 64-bit FNV-1a over the UTF-16 code units. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < s.length(); k++) {
            h ^= s.charAt(k);
            h *= 0x100000001b3L;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HashedSet other && Arrays.equals(hashes, other.hashes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hashes);
    }

    @Override
    public String toString() {
        return "HashedSet[" + hashes.length + "]";
    }
}
