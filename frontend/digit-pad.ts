import { css, html, LitElement } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { inkMap, paintInk, REFERENCE_SIZE } from './pad-ink.js';
import type { InkCrop, Point, Stroke } from './pad-ink.js';

/** A box around a digit read from the drawing, in pad heights like the points; `selected` stands out. */
export interface DigitBox {
  x: number;
  y: number;
  width: number;
  height: number;
  selected: boolean;
}

/** What a control of the pad (a child with a `data-action` attribute) does when clicked. */
type Action = 'predict' | 'undo' | 'clear';

/**
 * `detail` of `digit-cleared`, and part of `digit-drawn`'s. The pad numbers its events in the
 * order it fires them, so that the server can tell one that reaches it late from a newer one.
 */
export interface PadEventDetail {
  sequence: number;
}

/**
 * `detail` of `digit-drawn`: which drawing (the pad numbers its drawings; a new one begins
 * whenever the pad becomes empty) and its ink, cropped ({@link InkCrop}).
 */
export interface DigitDrawnDetail extends PadEventDetail, InkCrop {
  drawing: number;
}

/**
 * A wide pad to draw a digit or a number on with mouse, touch or pen; `boxes` frames the digits read.
 *
 * Fires `digit-drawn` after each stroke and undo (when `live`) and on `requestPrediction()`,
 * and `digit-cleared` when the pad becomes empty through `clear()` or `undo()`.
 *
 * Its children are its controls, shown below it: a click on one with `data-action="predict"`,
 * `"undo"` or `"clear"` acts on the pad at once, in the browser. Escape clears the pad wherever
 * the focus is, unless something else on the page took the key.
 */
@customElement('digit-pad')
export class DigitPad extends LitElement {
  static styles = css`
    :host {
      display: block;
      width: 100%;
      max-width: 720px;
      color: var(--lumo-body-text-color);
      user-select: none;
      -webkit-user-select: none;
    }

    :host([hidden]) {
      display: none;
    }

    canvas {
      display: block;
      width: 100%;
      aspect-ratio: 5 / 2;
      touch-action: none;
      cursor: crosshair;
      border-radius: var(--lumo-border-radius-l);
      /* an inset shadow instead of a border keeps pointer and canvas coordinates aligned */
      box-shadow: inset 0 0 0 1px var(--lumo-contrast-30pct);
      outline: none;
    }

    @media (max-width: 480px) {
      canvas {
        aspect-ratio: 2;
      }
    }

    canvas:focus-visible {
      box-shadow:
        inset 0 0 0 1px var(--lumo-primary-color),
        0 0 0 2px var(--lumo-primary-color-50pct);
    }

    .stroke-width {
      display: flex;
      align-items: center;
      gap: var(--lumo-space-s);
      padding: var(--lumo-space-s) var(--lumo-space-xs) 0;
      color: var(--lumo-secondary-text-color);
    }

    .stroke-width input {
      flex: 1;
      margin: 0;
      accent-color: var(--lumo-primary-color);
    }

    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: var(--lumo-space-m);
      padding-top: var(--lumo-space-m);
    }

    .box-colour {
      color: var(--lumo-primary-color);
    }

    .dot {
      flex: none;
      border-radius: 50%;
      background: currentColor;
    }

    .thin {
      width: 4px;
      height: 4px;
    }

    .thick {
      width: 14px;
      height: 14px;
    }
  `;

  /** Width of new strokes in CSS px on a 280-px pad; scales with the pad. */
  @property({ type: Number }) strokeWidth = 16;

  /** Whether every stroke and undo fires `digit-drawn`, not only `requestPrediction()`. */
  @property({ type: Boolean }) live = true;

  /** Boxes around the digits read, drawn over the ink until the drawing changes. */
  @property({ type: Array }) boxes: DigitBox[] = [];

  @query('canvas') private canvas!: HTMLCanvasElement;
  @query('.box-colour') private boxColour!: HTMLElement;

  private strokes: Stroke[] = [];
  /** The number of the drawing on the pad, sent with `digit-drawn`. */
  private drawing = 0;
  /** The number of the last event fired. */
  private sequence = 0;
  /** The pointer drawing the last stroke, while it is down. */
  private activePointer?: number;
  private redrawFrame = 0;

  private readonly resizeObserver = new ResizeObserver(() =>
    this.resizeCanvas(
      Math.round(this.canvas.clientWidth * devicePixelRatio),
      Math.round(this.canvas.clientHeight * devicePixelRatio),
    ),
  );

  /** Lumo switches between light and dark with the `theme` attribute of <html>. */
  private readonly themeObserver = new MutationObserver(() => this.scheduleRedraw());

  private readonly clearOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      this.clear();
    }
  };

  constructor() {
    super();
    // in the browser, not through the server: a stroke begun right after the click must find
    // the pad already cleared (or undone), whatever the network's delay
    this.addEventListener('click', (event) => {
      const control = (event.target as Element).closest('[data-action]');
      if (control && this.contains(control)) {
        this.act(control.getAttribute('data-action') as Action);
      }
    });
  }

  get strokeCount(): number {
    return this.strokes.length;
  }

  clear() {
    this.strokes = [];
    this.boxes = [];
    this.activePointer = undefined;
    this.scheduleRedraw();
    this.fireCleared();
  }

  undo() {
    if (!this.strokes.pop()) {
      return;
    }
    this.boxes = [];
    this.activePointer = undefined;
    this.scheduleRedraw();
    if (!this.strokes.length) {
      this.fireCleared();
    } else if (this.live) {
      this.fireDrawn();
    }
  }

  requestPrediction() {
    this.fireDrawn();
  }

  render() {
    return html`
      <canvas
        tabindex="0"
        role="img"
        aria-label="Drawing pad: draw a digit or a number"
        aria-keyshortcuts="Control+Z Meta+Z Escape Delete Enter"
        @pointerdown=${this.startStroke}
        @pointermove=${this.extendStroke}
        @pointerup=${this.endStroke}
        @pointercancel=${this.endStroke}
        @keydown=${this.handleKey}
      ></canvas>
      <div class="stroke-width">
        <span class="dot thin" aria-hidden="true"></span>
        <input
          type="range"
          min="4"
          max="40"
          step="1"
          aria-label="Stroke width"
          .value=${String(this.strokeWidth)}
          @input=${(event: Event) => (this.strokeWidth = (event.target as HTMLInputElement).valueAsNumber)}
        />
        <span class="dot thick" aria-hidden="true"></span>
      </div>
      <div class="controls"><slot></slot></div>
      <span class="box-colour" hidden></span>
    `;
  }

  connectedCallback() {
    super.connectedCallback();
    this.themeObserver.observe(document.documentElement, { attributeFilter: ['theme'] });
    document.addEventListener('keydown', this.clearOnEscape);
    if (this.hasUpdated) {
      this.observeSize();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    this.themeObserver.disconnect();
    document.removeEventListener('keydown', this.clearOnEscape);
  }

  protected firstUpdated() {
    this.observeSize();
  }

  protected updated(changed: Map<string, unknown>) {
    if (changed.has('boxes')) {
      this.scheduleRedraw();
    }
  }

  private observeSize() {
    // the device-pixel box also changes when the browser zooms; Safari may not know it
    try {
      this.resizeObserver.observe(this.canvas, { box: 'device-pixel-content-box' });
    } catch {
      this.resizeObserver.observe(this.canvas);
    }
  }

  private startStroke(event: PointerEvent) {
    if (this.activePointer !== undefined || !event.isPrimary || event.button !== 0) {
      return;
    }
    try {
      this.canvas.setPointerCapture(event.pointerId);
    } catch {
      // synthetic events (automated tests) have no live pointer to capture
    }
    this.activePointer = event.pointerId;
    this.boxes = [];
    this.strokes.push({ width: this.strokeWidth, points: [this.toPoint(event)] });
    this.scheduleRedraw();
  }

  private extendStroke(event: PointerEvent) {
    if (event.pointerId !== this.activePointer) {
      return;
    }
    // fast movements deliver several positions per event
    const coalesced = event.getCoalescedEvents?.() ?? [];
    const points = this.strokes[this.strokes.length - 1].points;
    for (const sample of coalesced.length ? coalesced : [event]) {
      points.push(this.toPoint(sample));
    }
    this.scheduleRedraw();
  }

  private endStroke(event: PointerEvent) {
    if (event.pointerId !== this.activePointer) {
      return;
    }
    this.activePointer = undefined;
    if (this.live) {
      this.fireDrawn();
    }
  }

  private handleKey(event: KeyboardEvent) {
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
      this.undo();
    } else if (event.key === 'Escape' || event.key === 'Delete') {
      this.clear();
    } else if (event.key === 'Enter') {
      this.requestPrediction();
    } else {
      return;
    }
    event.preventDefault();
  }

  private toPoint(event: PointerEvent): Point {
    const box = this.canvas.getBoundingClientRect();
    return {
      x: (event.clientX - box.left) / box.height,
      y: (event.clientY - box.top) / box.height,
      pressure: event.pointerType === 'pen' ? event.pressure : 0.5,
    };
  }

  private resizeCanvas(width: number, height: number) {
    if (width !== this.canvas.width || height !== this.canvas.height) {
      // resizing clears the canvas: repaint at once to avoid a blank frame
      this.canvas.width = width;
      this.canvas.height = height;
      this.redraw();
    }
  }

  private scheduleRedraw() {
    this.redrawFrame ||= requestAnimationFrame(() => {
      this.redrawFrame = 0;
      this.redraw();
    });
  }

  private redraw() {
    const { width, height } = this.canvas;
    const context = this.canvas.getContext('2d')!;
    paintInk(context, this.strokes, width, height);
    // colour the ink with the theme's text colour, keeping its coverage as alpha
    context.globalCompositeOperation = 'source-in';
    const style = getComputedStyle(this.canvas);
    context.fillStyle = style.color;
    context.fillRect(0, 0, width, height);
    context.globalCompositeOperation = 'source-over';
    // Lumo's colours may be light-dark() pairs, which a canvas cannot parse: a probe resolves them
    this.paintBoxes(context, height, getComputedStyle(this.boxColour).color);
  }

  private paintBoxes(context: CanvasRenderingContext2D, scale: number, colour: string) {
    context.strokeStyle = colour;
    for (const box of this.boxes) {
      context.lineWidth = (box.selected ? 3 : 1.5) * devicePixelRatio;
      context.setLineDash(box.selected ? [] : [6 * devicePixelRatio, 4 * devicePixelRatio]);
      context.strokeRect(box.x * scale, box.y * scale, box.width * scale, box.height * scale);
    }
    context.setLineDash([]);
  }

  private act(action: Action) {
    switch (action) {
      case 'predict':
        return this.requestPrediction();
      case 'undo':
        return this.undo();
      case 'clear':
        return this.clear();
    }
  }

  private fireDrawn() {
    const height = Math.min(REFERENCE_SIZE, Math.round(this.canvas.clientHeight)) || REFERENCE_SIZE;
    const aspect = this.canvas.clientWidth / this.canvas.clientHeight || 2.5;
    const detail: DigitDrawnDetail = {
      sequence: ++this.sequence,
      drawing: this.drawing,
      ...inkMap(this.strokes, Math.round(height * aspect), height),
    };
    this.dispatch('digit-drawn', detail);
  }

  /** The pad is empty: what is drawn next is a new drawing. */
  private fireCleared() {
    this.drawing++;
    const detail: PadEventDetail = { sequence: ++this.sequence };
    this.dispatch('digit-cleared', detail);
  }

  private dispatch(type: string, detail: PadEventDetail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'digit-pad': DigitPad;
  }
}
