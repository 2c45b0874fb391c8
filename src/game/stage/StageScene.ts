// The one Phaser scene: the map framed on the current scene's places, the parties and their
// relation lines, the timeline ribbon, the meters and the speaker. It draws the model it is given
// and decides nothing. The camera is zoomed by devicePixelRatio (index.ts), so the scene works in
// CSS pixels while the backing store is full resolution.
import Phaser from 'phaser';
import { type Countries, drawMap, fitProjection, type MapFrame } from './atlas';
import { preloadEmblems } from './emblem';
import { meterGrid, ribbonH, SCENE_STAGE, type StageModel } from './keys';
import { Labels } from './labels';
import { drawMeters, drawRibbon, drawSpeaker } from './overlays';
import { drawPlaces, emblemRadius, type Hit, partyPositions } from './places';
import { drawRelations } from './relations';

type Container = Phaser.GameObjects.Container;
/** Scale and translation of a fitted projection: two fits map onto each other by these alone. */
type Fit = { k: number; tx: number; ty: number };
const MOVE_MS = 650;
const SPEAKER_MIN_W = 520;

export class StageScene extends Phaser.Scene {
  private model?: StageModel;
  private world?: Container;
  private marks?: Container;
  private ui?: Container;
  private mapKey = '';
  private frameKey = '';
  private fit?: Fit;
  private serial = 0;
  private project: (lon: number, lat: number) => [number, number] | null = () => null;
  private readonly meterValues = new Map<string, number>();
  private lineStates = new Map<string, string>();
  private countries?: Countries;
  private labels?: Labels;
  private leaving: Container[] = [];
  /** A map replaced without a move: freed once the new drawing has taken its labels (redraw). */
  private replaced?: Container;
  /** What a click at a point opens: the last drawing's marks (CSS px of the stage). */
  hits: Hit[] = [];
  /** devicePixelRatio the stage renders at (set by index.ts before each drawing). */
  dpr = 1;

  constructor(private readonly countriesReady: Promise<Countries>) {
    super(SCENE_STAGE);
  }

  preload(): void {
    preloadEmblems(this.load);
  }

  create(): void {
    const onResize = () => this.redraw();
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
      this.scale.off(Phaser.Scale.Events.RESIZE, onResize),
    );
    this.countriesReady.then(
      (c) => {
        this.countries = c;
        this.mapKey = '';
        this.redraw();
      },
      () => undefined, // without borders the stage still shows sea, places and the ribbon
    );
    this.redraw();
  }

  /** Whether a tween is still running (the loop must not sleep with a marker half-way). */
  get animating(): boolean {
    return this.tweens.getTweens().length > 0;
  }

  setModel(model: StageModel): void {
    this.model = model;
    if (this.sys.isActive()) this.redraw();
  }

  /** The card key under a point (CSS px of the stage), nearest first, or undefined. */
  hitAt(x: number, y: number): string | undefined {
    let best: { key: string; d: number } | undefined;
    for (const h of this.hits) {
      const inRect =
        h.rect && x >= h.rect.x && x <= h.rect.x + h.rect.w && y >= h.rect.y && y <= h.rect.y + h.rect.h;
      const d = Math.hypot(x - h.x, y - h.y);
      // Touch targets: at least 12 px round a mark (a finger is wider than a dot).
      if ((inRect || d <= Math.max(h.r, 12)) && (!best || d < best.d)) best = { key: h.key, d };
    }
    return best?.key;
  }

  private redraw(): void {
    const m = this.model;
    const cam = this.cameras.main;
    const w = this.scale.width / this.dpr;
    const h = this.scale.height / this.dpr;
    if (!m || w < 2 || h < 2) return;
    cam.setOrigin(0, 0).setZoom(this.dpr);
    this.tweens.killAll();
    // A move cut short by this drawing ends where it was going.
    for (const c of this.leaving) this.free(c);
    this.leaving = [];
    this.world?.setPosition(0, 0).setScale(1).setAlpha(1);
    this.labels ??= new Labels(this);
    this.labels.scale = m.textScale;
    this.labels.resolution = this.dpr;
    const moved = this.drawMapIfNeeded(m, w, h);
    const world = this.world as Container;
    const oldMarks = this.marks;
    const oldUi = this.ui;
    const top = meterGrid(w, m.meters.length, m.textScale).height;
    const bottom = h - ribbonH(m.textScale);
    const marks = { scene: this, box: this.add.container(0, 0), labels: this.labels };
    world.add(marks.box);
    this.marks = marks.box;
    const at = partyPositions(m, this.project, emblemRadius(w - 4));
    this.lineStates = drawRelations(marks, m.lines, at, moved ? new Map() : this.lineStates, m.reducedMotion);
    // A narrow map has no room for the speaker's card (it covered half of it at 360 px); the
    // panel beside names the speaker anyway.
    const speaker = w >= SPEAKER_MIN_W ? m.speaker : undefined;
    const speakerBox = speaker ? { x: 0, y: bottom - 84, w: Math.min(w, 340), h: 84 } : undefined;
    this.hits = drawPlaces(
      marks,
      m,
      this.project,
      { x: 2, y: top + 2, w: w - 4, h: bottom - top - 4 },
      speakerBox ? [speakerBox] : [],
    );
    const ui = { scene: this, box: this.add.container(0, 0).setDepth(2), labels: this.labels };
    this.ui = ui.box;
    drawSpeaker(ui, { ...m, speaker }, w, h);
    drawMeters(ui, m, w, this.meterValues);
    drawRibbon(ui, m, w, h);
    // Labels kept from the old drawing have moved into the new one by now; the rest go with it.
    this.labels.finish();
    if (oldMarks && oldMarks.parentContainer === world) oldMarks.destroy();
    oldUi?.destroy();
    this.expose();
    // Only now: the replaced map still held the last drawing's labels that this one reuses.
    if (this.replaced) this.free(this.replaced);
    this.replaced = undefined;
  }

  /**
   * What this drawing shows, on the canvas's element: each relation line's state and each mark or
   * label a click opens (CSS px). Browser tests and tools read the canvas through these, not pixels.
   */
  private expose(): void {
    const el = this.game.canvas?.parentElement;
    if (!el) return;
    el.dataset.lines = [...this.lineStates].map(([id, st]) => `${id}:${st}`).join(' ');
    const r = (n: number) => Math.round(n * 10) / 10;
    el.dataset.marks = JSON.stringify(
      this.hits.map((h) => ({
        key: h.key,
        x: r(h.x),
        y: r(h.y),
        r: h.r,
        ...(h.rect && { rect: { x: r(h.rect.x), y: r(h.rect.y), w: r(h.rect.w), h: r(h.rect.h) } }),
      })),
    );
  }

  /**
   * Draws the map for the model's frame when it changed. When only the scene's places changed,
   * the old map zooms and pans to the new frame while the new one fades in (instant under reduced
   * motion). Returns whether the frame changed.
   */
  private drawMapIfNeeded(m: StageModel, w: number, h: number): boolean {
    const frame: MapFrame = {
      width: w,
      height: h,
      top: meterGrid(w, m.meters.length, m.textScale).height,
      bottom: ribbonH(m.textScale),
    };
    const sizeKey = `${m.region}|${w}x${h}@${this.dpr}|${m.highContrast}|${frame.top}|${frame.bottom}|${this.countries ? 1 : 0}`;
    const key = `${sizeKey}|${m.focus.join(',')}`;
    if (key === this.mapKey && this.world) return false;
    const sameSize = sizeKey === this.frameKey;
    this.mapKey = key;
    this.frameKey = sizeKey;
    const byId = new Map(m.places.map((p) => [p.id, p]));
    const focus = m.focus.map((id) => byId.get(id)).filter((p) => p !== undefined);
    const projection = fitProjection(focus.length > 0 ? focus : m.places, frame, m.places);
    this.project = (lon, lat) => projection([lon, lat]);
    const [tx, ty] = projection.translate();
    const fit: Fit = { k: projection.scale(), tx, ty };
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * this.dpr);
    canvas.height = Math.round(h * this.dpr);
    const ctx = canvas.getContext('2d');
    if (!ctx) return true;
    ctx.scale(this.dpr, this.dpr);
    drawMap(
      ctx,
      this.countries ?? { type: 'FeatureCollection', features: [] },
      projection,
      frame,
      focus,
      m.highContrast,
    );
    const tex = `map${++this.serial}`;
    this.textures.addCanvas(tex, canvas);
    const world = this.add.container(0, 0).setDepth(0);
    world.add(
      this.add
        .image(0, 0, tex)
        .setOrigin(0, 0)
        .setScale(1 / this.dpr),
    );
    const old = this.world;
    const before = this.fit;
    this.world = world;
    this.fit = fit;
    if (!old || !before || !sameSize || m.reducedMotion) {
      if (old) this.replaced = old;
      return true;
    }
    this.move(old, world, before, fit);
    return true;
  }

  /** Destroys a map and its marks, and frees the map's texture. */
  private free(c: Container): void {
    const img = c.first as Phaser.GameObjects.Image | null;
    const texKey = img?.texture.key;
    c.destroy();
    if (texKey && this.textures.exists(texKey)) this.textures.remove(texKey);
  }

  /**
   * The camera's move, done on the two maps: at u the new map shows at scale σ(u) (from the old
   * fit's to 1, geometrically, so a zoom feels even) and the old one at σ·s, both placed so that
   * one point of the earth is at one place on screen throughout.
   */
  private move(old: Container, world: Container, a: Fit, b: Fit): void {
    const s = b.k / a.k; // old → new: p1 = s·(p0 − t0) + t1
    const ox = b.tx - s * a.tx;
    const oy = b.ty - s * a.ty;
    this.leaving.push(old);
    old.setDepth(0);
    world.setDepth(1);
    const place = (u: number) => {
      const sigma = (1 / s) ** (1 - u);
      // The new map's offset: it starts where the old frame was (p0 = p1/s + (t0 − t1/s)).
      const nx = (1 - u) * (a.tx - b.tx / s) * (sigma * s);
      const ny = (1 - u) * (a.ty - b.ty / s) * (sigma * s);
      world.setScale(sigma).setPosition(nx, ny).setAlpha(u);
      old.setScale(sigma * s).setPosition(nx + sigma * ox, ny + sigma * oy);
    };
    place(0);
    this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: MOVE_MS,
      ease: 'Cubic.easeInOut',
      onUpdate: (t) => place(t.getValue() ?? 1),
      onComplete: () => {
        place(1);
        this.leaving = this.leaving.filter((c) => c !== old);
        this.free(old);
      },
    });
  }
}
