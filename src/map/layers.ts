// deck.gl layers over the maplibre areas: service points (grouped below CLUSTER_MAX_ZOOM), the
// "Dichtbij" rings and a found address. This module and deck.gl load only when one of them is
// shown (AtlasMap imports it lazily); the areas are maplibre layers, the names HTML (MapLabels).
import { MapboxOverlay } from '@deck.gl/mapbox';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Voorziening } from '../atlas/socialeKaart';
import { CLUSTER_MAX_ZOOM, clustersAt, type ClusterIndex, type PointCluster } from '../atlas/clusters';
import { MIXED_COLOR, NEAR_COLOR, OWN_COLORS, POI_COLORS } from './poiColors';
import { ownColorIndex } from '../atlas/ownCategories';
import type { RGBA } from '../atlas/palettes';
import type { FoundAddress } from '../state/store';
import type { Layer } from '@deck.gl/core';

export { MapboxOverlay };

export interface LayerInput {
  /** An address found online, marked with a pin. */
  address: FoundAddress | null;
  /** Sociale kaart points, drawn above the areas; grouped below CLUSTER_MAX_ZOOM. */
  points: Voorziening[];
  clusters: ClusterIndex | null;
  /** "Dichtbij": the chosen spot and the nearest points, ringed on the map. */
  nearFrom: [number, number] | null;
  near: Voorziening[];
  /** A team's own categories, in the order that gives each its colour. */
  ownCategories: string[];
}

/** A point's colour: its kit category's, or its own category's from the own palette. */
function pointColor(p: Voorziening, own: string[]): RGBA {
  return p.categorie === 'eigen' ? OWN_COLORS[ownColorIndex(own, p.teamCategorie)] : POI_COLORS[p.categorie];
}

/** Own points on top, larger, a dark ring over a white halo: visible on every palette. */
function ownPointLayers(own: Voorziening[], size: number, categories: string[]): Layer[] {
  if (own.length === 0) return [];
  return (
    [
      ['eigen-halo', [255, 255, 255, 255], 0, size + 4],
      ['eigen', null, 2, size + 1.5],
    ] as const
  ).map(
    ([id, color, width, radius]) =>
      new ScatterplotLayer<Voorziening>({
        id,
        data: own,
        getPosition: (p) => [p.lon, p.lat],
        getFillColor: (p) => (color ? [...color] : pointColor(p, categories)),
        getLineColor: [20, 20, 20, 255],
        stroked: width > 0,
        lineWidthUnits: 'pixels',
        getLineWidth: width,
        radiusUnits: 'pixels',
        getRadius: radius,
        updateTriggers: { getFillColor: categories.join('|'), getRadius: radius },
      }),
  );
}

export function overlayLayers(input: LayerInput, zoom: number): Layer[] {
  const layers: Layer[] = [];
  if (input.clusters && zoom <= CLUSTER_MAX_ZOOM) {
    const groups = clustersAt(input.clusters, zoom);
    layers.push(
      new ScatterplotLayer<PointCluster>({
        id: 'voorziening-clusters',
        data: groups,
        getPosition: (c) => [c.lon, c.lat],
        getFillColor: (c) => (c.categorie === 'gemengd' ? MIXED_COLOR : POI_COLORS[c.categorie]),
        getLineColor: [255, 255, 255, 255],
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 1.5,
        radiusUnits: 'pixels',
        getRadius: (c) => (c.count === 1 ? 3.5 : Math.min(22, 6 + 2.2 * Math.sqrt(c.count))),
      }),
    );
    layers.push(
      new TextLayer<PointCluster>({
        id: 'voorziening-cluster-counts',
        data: groups.filter((c) => c.count > 1),
        getPosition: (c) => [c.lon, c.lat],
        getText: (c) => String(c.count),
        getSize: 11,
        getColor: [255, 255, 255, 255],
        fontWeight: 700,
        characterSet: '0123456789',
        fontFamily: 'system-ui, "DejaVu Sans", Arial, sans-serif',
      }),
    );
  } else if (input.points.length > 0) {
    const own = input.points.filter((p) => p.categorie === 'eigen');
    const size = zoom >= 12 ? 6 : 4;
    layers.push(
      new ScatterplotLayer<Voorziening>({
        id: 'voorzieningen',
        data: own.length > 0 ? input.points.filter((p) => p.categorie !== 'eigen') : input.points,
        getPosition: (p) => [p.lon, p.lat],
        getFillColor: (p) => POI_COLORS[p.categorie],
        getLineColor: [255, 255, 255, 255],
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 1,
        radiusUnits: 'pixels',
        getRadius: size,
        updateTriggers: { getRadius: size },
      }),
    );
    layers.push(...ownPointLayers(own, size, input.ownCategories));
  }
  if (input.nearFrom) {
    // A white halo under each ring, so the ring reads on every fill and next to every point.
    for (const [id, width, color] of [
      ['dichtbij-halo', 5, [255, 255, 255, 255]],
      ['dichtbij', 2.5, NEAR_COLOR],
    ] as const) {
      layers.push(
        new ScatterplotLayer<Voorziening>({
          id,
          data: input.near,
          getPosition: (p) => [p.lon, p.lat],
          filled: false,
          stroked: true,
          getLineColor: [...color],
          lineWidthUnits: 'pixels',
          getLineWidth: width,
          radiusUnits: 'pixels',
          getRadius: 10,
        }),
      );
    }
    layers.push(
      new ScatterplotLayer<[number, number]>({
        id: 'dichtbij-plek',
        data: [input.nearFrom],
        getPosition: (p) => p,
        getFillColor: NEAR_COLOR,
        getLineColor: [255, 255, 255, 255],
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 2,
        radiusUnits: 'pixels',
        getRadius: 7,
      }),
    );
  }
  if (input.address) {
    layers.push(
      new ScatterplotLayer<FoundAddress>({
        id: 'adres',
        data: [input.address],
        getPosition: (a) => [a.lon, a.lat],
        getFillColor: [20, 20, 20, 255],
        getLineColor: [255, 255, 255, 255],
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 3,
        radiusUnits: 'pixels',
        getRadius: 8,
      }),
    );
  }
  return layers;
}
