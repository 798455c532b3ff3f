import * as echarts from 'echarts';

/**
 * <echarts-chart>: an Apache ECharts instance that lives as long as the element is in the page.
 * The server sets the `option` property to an ECharts option object.
 */
class EchartsChart extends HTMLElement {
  constructor() {
    super();
    // The server may set `option` before this element is upgraded; re-run it through the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const early = this.option;
      delete this.option;
      this.option = early;
    }
  }

  connectedCallback() {
    this._chart = echarts.init(this);
    this._resizeObserver = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resizeObserver.observe(this);
    this._render();
  }

  disconnectedCallback() {
    this._resizeObserver.disconnect();
    this._chart.dispose();
    this._chart = null;
  }

  set option(value) {
    this._option = value;
    this._render();
  }

  get option() {
    return this._option;
  }

  _render() {
    if (this._chart && this._option) {
      // notMerge: a new option replaces the old one, so series removed on the server disappear.
      this._chart.setOption(this._option, true);
    }
  }
}

customElements.define('echarts-chart', EchartsChart);
