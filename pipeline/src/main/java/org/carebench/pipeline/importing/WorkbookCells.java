package org.carebench.pipeline.importing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;

/**
 * A workbook cell's text as staged, refusing what a published statistics file never holds: a formula
 * (never evaluated, and its cached result may be anything its author's machine computed) and text
 * longer than Excel itself allows in a cell.
 */
final class WorkbookCells {

    /** Excel's own limit on the characters in one cell. */
    static final int MAX_CELL_CHARACTERS = 32_767;

    private WorkbookCells() {}

    static String text(DataFormatter formatter, Cell cell, String where) {
        if (cell.getCellType() == CellType.FORMULA) {
            throw new ImportFailure(at(where, cell) + ": holds a formula (=" + shorten(cell.getCellFormula())
                    + "); formulas are never evaluated: paste the figures as values and import again");
        }
        String text = formatter.formatCellValue(cell);
        if (text.length() > MAX_CELL_CHARACTERS) {
            throw new ImportFailure(at(where, cell) + ": holds " + text.length() + " characters, more than the "
                    + MAX_CELL_CHARACTERS + " characters Excel allows in a cell");
        }
        return text;
    }

    private static String at(String where, Cell cell) {
        return where + " row " + (cell.getRowIndex() + 1) + " column "
                + CellReference.convertNumToColString(cell.getColumnIndex());
    }

    private static String shorten(String formula) {
        return formula.length() > 80 ? formula.substring(0, 80) + "..." : formula;
    }
}
