package org.carebench.dashboard.export;

import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.text.XDDFTextBody;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;

/** What XDDF leaves to the chart's XML: the legend's type size and each marker's colour. */
final class ChartText {

    private ChartText() {}

    /** Office's default legend type is too small to read at the back of a committee room. */
    static void legendFontSize(XDDFChartLegend legend, double points) {
        XDDFTextBody body = new XDDFTextBody(legend);
        body.initialize().addDefaultRunProperties().setFontSize(points);
        legend.setTextBody(body);
    }

    /** Markers in the series' own colour: Office would otherwise pick one from its theme. */
    static void markerColour(XDDFLineChartData.Series series, int[] rgb) {
        byte[] colour = {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]};
        CTMarker marker = series.getCTLineSer().isSetMarker()
                ? series.getCTLineSer().getMarker()
                : series.getCTLineSer().addNewMarker();
        CTShapeProperties shape = marker.isSetSpPr() ? marker.getSpPr() : marker.addNewSpPr();
        shape.addNewSolidFill().addNewSrgbClr().setVal(colour);
        shape.addNewLn().addNewSolidFill().addNewSrgbClr().setVal(colour);
    }
}
