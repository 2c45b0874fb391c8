// The one Phaser scene: a map of the region with the current place, the timeline ribbon, the
// meters and the speaker's emblem. It only draws the model it is given; it decides nothing.
import Phaser from 'phaser';
import { type Countries, drawMap, fitProjection, type MapFrame } from './atlas';
import { preloadEmblems } from './emblem';
import { meterGrid, RIBBON_H, SCENE_STAGE, type StageModel, TEX_MAP } from './keys';
import { Labels } from './labels';
import { drawMeters, drawRibbon, drawSpeaker } from './overlays';
import { drawPlaces } from './places';

export class StageScene extends Phaser.Scene {
  private model?: StageModel;
  private layer?: Phaser.GameObjects.Container;
  private mapImage?: Phaser.GameObjects.Image;
  private mapKey = '';
  private project: (lon: number, lat: number) => [number, number] | null = () => null;
  private readonly meterValues = new Map<string, number>();
  private countries?: Countries;
  private labels?: Labels;

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

  private redraw(): void {
    const m = this.model;
    const { width: w, height: h } = this.scale;
    if (!m || w < 2 || h < 2) return;
    this.tweens.killAll();
    this.drawMapIfNeeded(m, w, h);
    const old = this.layer;
    this.labels ??= new Labels(this);
    const pen = { scene: this, box: this.add.container(0, 0), labels: this.labels };
    this.layer = pen.box;
    drawPlaces(pen, m, this.project);
    drawSpeaker(pen, m, h);
    drawMeters(pen, m, w, this.meterValues);
    drawRibbon(pen, m, w, h);
    // Labels kept from the old drawing have moved into the new one by now; the rest go with it.
    this.labels.finish();
    old?.destroy();
  }

  private drawMapIfNeeded(m: StageModel, w: number, h: number): void {
    const frame: MapFrame = {
      width: w,
      height: h,
      top: meterGrid(w, m.meters.length).height,
      bottom: RIBBON_H,
    };
    const key = `${m.region}|${w}x${h}|${m.highContrast}|${frame.top}|${this.countries ? 1 : 0}`;
    if (key === this.mapKey) return;
    this.mapKey = key;
    const projection = fitProjection(m.places, frame);
    this.project = (lon, lat) => projection([lon, lat]);
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    drawMap(
      ctx,
      this.countries ?? { type: 'FeatureCollection', features: [] },
      projection,
      frame,
      m.places,
      m.highContrast,
    );
    this.mapImage?.destroy();
    if (this.textures.exists(TEX_MAP)) this.textures.remove(TEX_MAP);
    this.textures.addCanvas(TEX_MAP, canvas);
    this.mapImage = this.add.image(0, 0, TEX_MAP).setOrigin(0, 0).setDepth(-1);
  }
}
