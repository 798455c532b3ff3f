// The tick boxes under a chart (base/ui/ChartControls): hide or show a series, as a click on the
// chart's legend does, and start the value axis at zero. Applied to the chart in the page, so the
// reader's view changes at once and nothing is sent to the server.
(() => {
  const chartOf = (controls) => document.getElementById(controls.dataset.chart)?._chart;

  document.addEventListener('change', (event) => {
    const input = event.target;
    const controls = input instanceof HTMLInputElement && input.closest('.chart-controls');
    const chart = controls && chartOf(controls);
    if (!chart) {
      return;
    }
    if (input.hasAttribute('data-series')) {
      chart.dispatchAction({ type: input.checked ? 'legendSelect' : 'legendUnSelect', name: input.dataset.series });
    } else if (input.hasAttribute('data-axis-zero')) {
      chart.setOption({ yAxis: { scale: !input.checked, min: input.checked ? 0 : null } });
    }
  });

  // A click on the chart's own legend: the boxes follow what the chart now shows.
  document.addEventListener('click', (event) => {
    const element = event.target instanceof Element && event.target.closest('echarts-chart');
    const controls = element && element.id && document.getElementById(element.id + '-controls');
    if (!controls) {
      return;
    }
    setTimeout(() => {
      const selected = element._chart?.getOption().legend?.[0]?.selected ?? {};
      controls.querySelectorAll('input[data-series]').forEach((box) => {
        box.checked = selected[box.dataset.series] !== false;
      });
    }, 0);
  });
})();
