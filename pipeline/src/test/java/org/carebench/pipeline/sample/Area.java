package org.carebench.pipeline.sample;

/**
 * England, a region or a local authority of the sample: DfE's codes and names, with invented size
 * (children aged 0 to 17 in mid-2024) and need (how its rate of children in care compares with England's).
 */
record Area(Level level, String code, String onsCode, String name, Area region, int children, double need) {

    enum Level {
        NATIONAL("National"),
        REGIONAL("Regional"),
        LA("Local authority");

        final String label;

        Level(String label) {
            this.label = label;
        }
    }

    static final String ENGLAND_CODE = "E92000001";

    /** How far the area's figures stray from England's: an authority's most, a region's less, England's not at all. */
    double weight() {
        return switch (level) {
            case NATIONAL -> 0;
            case REGIONAL -> 0.35;
            case LA -> 1;
        };
    }

    /** Children aged 0 to 17 in the middle of a year: a slow, area-specific drift from the 2024 figure. */
    int children(int midYear) {
        double drift = 0.004 + 0.004 * Invented.unit("population", code);
        return (int) Math.round(children * Math.pow(1 + drift, midYear - 2024));
    }

    /** The value of one of the geography columns DfE's files on Explore Education Statistics share. */
    String geography(String column) {
        return switch (column) {
            case "geographic_level" -> level.label;
            case "country_code" -> ENGLAND_CODE;
            case "country_name" -> "England";
            case "region_code" -> level == Level.REGIONAL ? code : level == Level.LA ? region.code : "";
            case "region_name" -> level == Level.REGIONAL ? name : level == Level.LA ? region.name : "";
            case "old_la_code" -> level == Level.LA ? code : "";
            case "new_la_code" -> level == Level.LA ? onsCode : "";
            case "la_name" -> level == Level.LA ? name : "";
            default -> null;
        };
    }
}
