package org.carebench.dashboard.figures;

/** An area as the API lists it: {@code level} is national, regional or la. */
public record AreaSummary(String code, String level, String name, String regionCode) {}
