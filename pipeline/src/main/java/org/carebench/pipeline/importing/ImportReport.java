package org.carebench.pipeline.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an import did with each file it was given, for the console and for cron's exit code. */
public class ImportReport {
    final List<String> loaded = new ArrayList<>();
    final List<String> alreadyLoaded = new ArrayList<>();
    final List<String> notData = new ArrayList<>();
    final List<String> setAside = new ArrayList<>();
    final List<String> setAsidePaths = new ArrayList<>();
    final List<String> loadedPaths = new ArrayList<>();
    /** Files rejected for their own faults: path to reason. */
    final Map<String, String> rejected = new LinkedHashMap<>();

    String published;
    String failure;

    public List<String> loaded() {
        return loaded;
    }

    public List<String> alreadyLoaded() {
        return alreadyLoaded;
    }

    public List<String> notData() {
        return notData;
    }

    public List<String> setAside() {
        return setAside;
    }

    public Map<String, String> rejected() {
        return rejected;
    }

    /** The snapshot made current, or null when nothing was published. */
    public String published() {
        return published;
    }

    public String failure() {
        return failure;
    }
}
