import { css, html, LitElement } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

const percent = (probability: number) => `${(probability * 100).toFixed(1)} %`;

/** A bar chart of the probability of each digit, the most probable one highlighted. */
@customElement('probability-chart')
export class ProbabilityChart extends LitElement {
  static styles = css`
    :host {
      display: block;
      position: relative;
      height: 240px;
    }

    :host([hidden]) {
      display: none;
    }

    .chart {
      position: relative;
      height: 100%;
    }

    .colour-probe {
      display: none;
    }

    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  /**
   * Probabilities of the digits 0-9, or empty for no prediction. Reflected, for tests, as
   * the `data-probabilities` attribute: comma-separated, 4 decimals.
   */
  @property({
    attribute: 'data-probabilities',
    reflect: true,
    converter: {
      toAttribute: (probabilities: number[]) => probabilities.map((p) => p.toFixed(4)).join(','),
      fromAttribute: (value: string | null) => (value ? value.split(',').map(Number) : []),
    },
  })
  probabilities: number[] = [];

  @query('canvas') private canvas!: HTMLCanvasElement;

  @query('.colour-probe') private colourProbe!: HTMLElement;

  private chart?: Chart<'bar'>;

  /** Lumo switches between light and dark with the `theme` attribute of <html>. */
  private readonly themeObserver = new MutationObserver(() => this.chart?.update('none'));

  render() {
    return html`
      <div class="chart"><canvas aria-hidden="true"></canvas></div>
      <span class="colour-probe"></span>
      <ul class="visually-hidden" aria-label="Probability of each digit">
        ${this.probabilities.map((probability, digit) => html`<li>${digit}: ${percent(probability)}</li>`)}
      </ul>
    `;
  }

  connectedCallback() {
    super.connectedCallback();
    this.themeObserver.observe(document.documentElement, { attributeFilter: ['theme'] });
    // the chart is destroyed when disconnected: the update re-creates it
    this.requestUpdate();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.themeObserver.disconnect();
    // Chart.js keeps every chart in a global registry until destroyed
    this.chart?.destroy();
    this.chart = undefined;
  }

  protected updated() {
    this.chart ??= this.createChart();
    this.chart.data.datasets[0].data = this.probabilities.map((p) => p * 100);
    this.chart.update();
  }

  private createChart(): Chart<'bar'> {
    // colours are scriptable: they are read from Lumo on every update, so they follow the theme.
    // Lumo defines them with light-dark() and color-mix(), which a canvas cannot draw with: the
    // probe element's computed colour is the value the browser resolved.
    const lumo = (name: string) => {
      this.colourProbe.style.color = `var(--lumo-${name})`;
      return getComputedStyle(this.colourProbe).color;
    };
    const predicted = () => this.probabilities.indexOf(Math.max(...this.probabilities));
    const font = { family: getComputedStyle(this).getPropertyValue('--lumo-font-family').trim() };

    return new Chart(this.canvas, {
      type: 'bar',
      data: {
        labels: DIGITS,
        datasets: [
          {
            data: [],
            backgroundColor: ({ dataIndex }) =>
              dataIndex === predicted() ? lumo('primary-color') : lumo('contrast-30pct'),
            borderRadius: 4,
            maxBarThickness: 40,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: { duration: 120 },
        scales: {
          x: {
            grid: { display: false },
            border: { display: false },
            ticks: { color: () => lumo('body-text-color'), font },
          },
          y: {
            min: 0,
            max: 100,
            grid: { color: () => lumo('contrast-10pct') },
            border: { display: false },
            ticks: { stepSize: 25, callback: (value) => `${value} %`, color: () => lumo('secondary-text-color'), font },
          },
        },
        plugins: {
          tooltip: {
            displayColors: false,
            callbacks: {
              title: ([item]) => `Digit ${item.label}`,
              label: (item) => percent((item.parsed.y ?? 0) / 100),
            },
          },
        },
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'probability-chart': ProbabilityChart;
  }
}
