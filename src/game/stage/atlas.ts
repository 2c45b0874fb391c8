// The region map, drawn from Natural Earth 1:50m country borders (world-atlas TopoJSON) with a
// d3-geo conic projection fitted around the scenario's places, onto a plain 2D canvas that the
// Phaser stage then shows as a texture.
import { type GeoProjection, geoConicConformal, geoContains, geoGraticule10, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';

export type Countries = FeatureCollection;

let countries: Promise<Countries> | undefined;

/** Fetches the atlas from our own origin (it is bundled as a static file), once. */
export function loadCountries(): Promise<Countries> {
  countries ??= fetch(atlasUrl)
    .then((res) => res.json() as Promise<Topology<{ countries: GeometryCollection }>>)
    .then((topo) => feature(topo, topo.objects.countries) as Countries);
  return countries;
}

export interface LonLat {
  lon: number;
  lat: number;
}

export interface MapFrame {
  width: number;
  height: number;
  /** Insets kept free for the meter strip (top) and the timeline ribbon (bottom). */
  top: number;
  bottom: number;
}

export const MAP_COLORS = {
  sea: '#d5e3e8',
  land: '#efe9dc',
  landFocus: '#e4d5b4',
  border: '#b8ab92',
  graticule: 'rgba(70, 100, 120, 0.12)',
  contrastSea: '#ffffff',
  contrastLand: '#e8e8e8',
  contrastBorder: '#000000',
};

/**
 * A conic projection fitted around `places` (the scene's) into the free part of the frame. Its
 * centre is the whole region's (`all`), so two fits differ only in scale and translation: the
 * camera's move between scenes is then an exact zoom and pan (StageScene).
 */
export function fitProjection(places: LonLat[], frame: MapFrame, all: LonLat[] = places): GeoProjection {
  const lons = all.map((p) => p.lon);
  const centre = (Math.min(...lons) + Math.max(...lons)) / 2;
  // Padding in degrees so a single place still shows its neighbours.
  const halo: MultiPoint = {
    type: 'MultiPoint',
    coordinates: places.flatMap((p) => [
      [p.lon - 6, p.lat - 3.5],
      [p.lon + 6, p.lat + 3.5],
    ]),
  };
  const pad = Math.min(frame.width, frame.height) * 0.08;
  return geoConicConformal()
    .parallels([38, 56])
    .rotate([-centre, 0])
    .fitExtent(
      [
        [pad, frame.top + pad],
        [frame.width - pad, frame.height - frame.bottom - pad],
      ],
      halo,
    );
}

/** Draws sea, graticule and countries; countries holding one of `focus` get a warmer fill. */
export function drawMap(
  ctx: CanvasRenderingContext2D,
  countries: Countries,
  projection: GeoProjection,
  frame: MapFrame,
  focus: LonLat[],
  highContrast: boolean,
): void {
  const path = geoPath(
    projection.clipExtent([
      [0, 0],
      [frame.width, frame.height],
    ]),
    ctx,
  );
  ctx.fillStyle = highContrast ? MAP_COLORS.contrastSea : MAP_COLORS.sea;
  ctx.fillRect(0, 0, frame.width, frame.height);
  ctx.beginPath();
  path(geoGraticule10());
  ctx.strokeStyle = MAP_COLORS.graticule;
  ctx.lineWidth = 1;
  ctx.stroke();
  for (const f of countries.features) {
    const isFocus = focus.some((p) => geoContains(f, [p.lon, p.lat]));
    ctx.beginPath();
    path(f);
    ctx.fillStyle = highContrast ? MAP_COLORS.contrastLand : isFocus ? MAP_COLORS.landFocus : MAP_COLORS.land;
    ctx.fill();
    ctx.strokeStyle = highContrast ? MAP_COLORS.contrastBorder : MAP_COLORS.border;
    ctx.lineWidth = isFocus ? 1.2 : 0.7;
    ctx.stroke();
  }
}
