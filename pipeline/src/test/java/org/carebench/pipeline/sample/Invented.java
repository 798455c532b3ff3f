package org.carebench.pipeline.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * The invented figures of the sample: every number is fixed by a key (what it measures, the area,
 * the year), hashed from one seed, so a run writes the same bytes on any machine and adding a file
 * never changes the figures of another.
 */
final class Invented {

    static final long SEED = 20_250_331L;

    private Invented() {}

    /** A number in [-1, 1) fixed by its key. */
    static double unit(Object... key) {
        long h = SEED;
        for (Object part : key) {
            for (char c : (part + "|").toCharArray()) {
                h = 31 * h + c;
            }
        }
        // splitmix64's finaliser, so that keys differing in one character give unrelated numbers
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53 * 2 - 1;
    }

    /**
     * A figure for an area and year: England's level, moved by the area's own lasting difference
     * (smaller for regions, none for England), a trend per year from 2020, and a little noise each year.
     */
    static double figure(Area area, int year, String key, double england, double spread, double trend) {
        double lasting = spread * area.weight() * unit(key, area.code());
        double yearly = spread * (area.level() == Area.Level.LA ? 0.25 : 0.08) * unit(key, area.code(), year);
        return england + lasting + trend * (year - 2020) + yearly;
    }

    /** A percentage as {@link #figure}, kept inside 0.5 to 99. */
    static double percent(Area area, int year, String key, double england, double spread, double trend) {
        return Math.max(0.5, Math.min(99, figure(area, year, key, england, spread, trend)));
    }

    /** Splits a total into parts near the given weights (each area leaning its own way); the parts add up to it. */
    static List<Integer> split(int total, List<Double> weights, Area area, int year, String key) {
        List<Double> leaning = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            double weight = weights.get(i)
                    * Math.exp(
                            0.35 * area.weight() * unit(key, i, area.code()) + 0.06 * unit(key, i, area.code(), year));
            leaning.add(weight);
            sum += weight;
        }
        List<Integer> parts = new ArrayList<>();
        int given = 0;
        for (double weight : leaning) {
            int part = (int) Math.floor(total * weight / sum);
            parts.add(part);
            given += part;
        }
        // the children left by rounding down go to the largest parts, so the parts sum to the total
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(leaning.get(b), leaning.get(a)));
        for (int i = 0; given < total; i = (i + 1) % order.size(), given++) {
            parts.set(order.get(i), parts.get(order.get(i)) + 1);
        }
        return parts;
    }
}
