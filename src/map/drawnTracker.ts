// When a map counts as drawn with a key (what should be on screen, selectDrawKey): it is idle with
// that key, the overview's colours are in its last frame, and the points overlay has drawn it too
// when the key holds points. Each new key is reported once.

export class DrawnTracker {
  /** What should be on screen now ('' while the areas cannot be drawn yet). */
  key = '';
  /** Whether the points overlay draws part of the key. */
  private needsOverlay = false;
  private idleKey = '';
  private drawnKey = '';
  private overlayKey = '';
  private overlayDrawnKey = '';

  constructor(
    private readonly overviewDrawn: () => boolean,
    private readonly onDrawn: (key: string) => void,
  ) {}

  /** Whether the points overlay draws part of the key (service points are shown). */
  setNeedsOverlay(needed: boolean): void {
    this.needsOverlay = needed;
  }

  /** The map went idle: every tile and layer of the current key is drawn. */
  idle(): void {
    this.idleKey = this.key;
    this.check();
  }

  /** The overlay was given its layers for this key. */
  overlayGiven(key: string): void {
    this.overlayKey = key;
  }

  /** The overlay finished a frame. */
  overlayDrawn(): void {
    this.overlayDrawnKey = this.overlayKey;
    this.check();
  }

  private check(): void {
    const key = this.key;
    if (!key || key === this.drawnKey || this.idleKey !== key || !this.overviewDrawn()) return;
    if (this.needsOverlay && this.overlayDrawnKey !== key) return;
    this.drawnKey = key;
    this.onDrawn(key);
  }
}
