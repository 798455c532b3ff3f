package org.carebench.dashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class EChartPointsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void drawsASeriesWithOneFigureAsAPointInItsOwnMarker() throws Exception {
        ObjectNode option = (ObjectNode) json.readTree("""
                {"series": [
                  {"type": "line", "name": "Trafford", "symbol": "circle", "connectNulls": false,
                   "lineStyle": {"width": 4}, "data": [null, null, 42.0]},
                  {"type": "line", "name": "England", "symbol": "rect", "data": [40.0, 41.0, 42.0]},
                  {"type": "line", "name": "North West", "data": [null, {"value": null}, null]}
                ]}""");
        EChartPoints.pointsWhereAlone(option);
        assertThat(option.at("/series/0/type").asText()).isEqualTo("scatter");
        assertThat(option.at("/series/0/symbol").asText()).isEqualTo("circle");
        assertThat(option.at("/series/0/lineStyle").isMissingNode()).isTrue();
        assertThat(option.at("/series/1/type").asText()).isEqualTo("line");
        assertThat(option.at("/series/2/type").asText()).isEqualTo("scatter");
    }
}
