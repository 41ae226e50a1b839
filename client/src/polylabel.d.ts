// Types for polylabel (the package ships none): the pole of inaccessibility of a polygon given as rings.
declare module 'polylabel' {
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}
