package org.carebench.dashboard.releases;

/**
 * One line of a change report: a new period (with how many figures), a figure revised or withdrawn
 * (old and new value, status and release), or an authority's neighbours changed by a model.
 */
public record ReleaseChange(
        String kind,
        String indicatorId,
        String indicatorTitle,
        String unit,
        String areaCode,
        String areaName,
        Integer period,
        String breakdown,
        Double oldValue,
        String oldStatus,
        String oldRelease,
        Double newValue,
        String newStatus,
        String newRelease,
        Integer figures,
        String model,
        String oldModel,
        String added,
        String removed) {}
