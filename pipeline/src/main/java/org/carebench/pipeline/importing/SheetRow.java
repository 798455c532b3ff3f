package org.carebench.pipeline.importing;

import java.util.List;

/** One row of a sheet as text, with its row number as Excel shows it. */
record SheetRow(int number, List<String> cells) {

    String cell(int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }
}
