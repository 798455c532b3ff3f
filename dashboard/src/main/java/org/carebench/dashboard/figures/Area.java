package org.carebench.dashboard.figures;

/** England, a region or a local authority, as the warehouse's {@code area} table holds it. */
public record Area(String code, String name, String regionCode) {}
