import { css, html, LitElement } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** The bar after the ten digits' (two lines: it stays as narrow as a digit's label). */
const NOT_A_DIGIT = ['not a', 'digit'];
const NOT_A_DIGIT_INDEX = DIGITS.length;

const percent = (probability: number) => `${(probability * 100).toFixed(1)} %`;

/**
 * A bar chart of the probability of each digit and, set apart by a line and its own colour, of
 * "not a digit"; the most probable of the eleven highlighted.
 */
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

  /** Probability that the drawing is no digit at all; reflected as `data-not-a-digit` for tests. */
  @property({ type: Number, attribute: 'data-not-a-digit', reflect: true })
  notADigit = 0;

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
        ${this.probabilities.length ? html`<li>not a digit: ${percent(this.notADigit)}</li>` : ''}
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
    const bars = this.probabilities.length ? [...this.probabilities, this.notADigit] : [];
    this.chart.data.datasets[0].data = bars.map((p) => p * 100);
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
    // the most probable of the eleven classes; "not a digit" wins a tie, as the verdict does
    const predicted = () =>
      this.notADigit >= Math.max(...this.probabilities)
        ? NOT_A_DIGIT_INDEX
        : this.probabilities.indexOf(Math.max(...this.probabilities));
    const colour = (index: number) => {
      const highlighted = index === predicted();
      if (index === NOT_A_DIGIT_INDEX) {
        return lumo(highlighted ? 'error-color' : 'error-color-50pct');
      }
      return lumo(highlighted ? 'primary-color' : 'contrast-30pct');
    };
    const font = { family: getComputedStyle(this).getPropertyValue('--lumo-font-family').trim() };

    return new Chart(this.canvas, {
      type: 'bar',
      data: {
        labels: [...DIGITS, NOT_A_DIGIT],
        datasets: [
          {
            data: [],
            backgroundColor: ({ dataIndex }) => colour(dataIndex),
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
            // one line only, between the digits and "not a digit" (with offset, line i is at bar i's left edge)
            grid: {
              drawTicks: false,
              color: ({ index }) => (index === NOT_A_DIGIT_INDEX ? lumo('contrast-50pct') : 'transparent'),
            },
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
              title: ([item]) => (item.dataIndex === NOT_A_DIGIT_INDEX ? 'Not a digit' : `Digit ${item.label}`),
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
