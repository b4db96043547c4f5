import sanitizeHtml from 'sanitize-html';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

// Shapes, text, gradients and reuse: what artwork needs. No script, style, foreignObject, image,
// animation or filter elements (the ways an SVG runs code or loads something from elsewhere).
const TAGS = [
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'symbol',
  'use',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
  'marker',
];

const ATTRIBUTES = [
  'id',
  'class',
  'xmlns',
  'xmlns:xlink',
  'version',
  'viewBox',
  'preserveAspectRatio',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'd',
  'points',
  'transform',
  'offset',
  'href',
  'xlink:href',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'opacity',
  'stop-color',
  'stop-opacity',
  'clip-path',
  'clip-rule',
  'mask',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'patternUnits',
  'patternContentUnits',
  'patternTransform',
  'clipPathUnits',
  'maskUnits',
  'maskContentUnits',
  'markerWidth',
  'markerHeight',
  'refX',
  'refY',
  'orient',
  'markerUnits',
  'marker-start',
  'marker-mid',
  'marker-end',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'dx',
  'dy',
  'visibility',
  'display',
];

// Only references inside the document survive: href="#id" and url(#id).
function keepAttribute(name: string, value: string): boolean {
  if (name === 'xmlns') return value === SVG_NS;
  if (name === 'xmlns:xlink') return value === XLINK_NS;
  if (name === 'href' || name === 'xlink:href') return /^#[\w.-]+$/.test(value);
  const urls = value.match(/url\s*\(([^)]*)\)/gi) ?? [];
  return urls.every((url) => /^url\s*\(\s*['"]?#[\w.-]+['"]?\s*\)$/i.test(url)) && !/javascript:|data:|expression\s*\(/i.test(value);
}

const options: sanitizeHtml.IOptions = {
  allowedTags: TAGS,
  allowedAttributes: { '*': ATTRIBUTES },
  allowedSchemes: [],
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'foreignObject', 'textarea', 'noscript'],
  selfClosing: ['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'stop', 'use'],
  // SVG is case-sensitive (viewBox, linearGradient) and uses self-closing tags: parse it as XML.
  parser: { xmlMode: true, lowerCaseTags: false, lowerCaseAttributeNames: false },
  transformTags: {
    '*': (tagName, attribs) => ({
      tagName,
      attribs: Object.fromEntries(Object.entries(attribs).filter(([name, value]) => keepAttribute(name, value))),
    }),
  },
};

export class NotAnSvg extends Error {}

// The document must be an <svg> root in the SVG namespace, after at most an XML declaration,
// comments and a plain DOCTYPE. A DOCTYPE with an internal subset (entity definitions) is refused.
const PROLOG = /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE\s+svg\b[^>[]*>\s*)?(<!--[\s\S]*?-->\s*)*(?=<svg[\s>])/;

export function sanitizeSvg(source: string): string {
  const prolog = PROLOG.exec(source);
  if (!prolog) throw new NotAnSvg('The file is not an SVG document (it must start with an <svg> element)');
  const body = source.slice(prolog[0].length);
  if (!/^<svg[^>]*\sxmlns\s*=\s*["']http:\/\/www\.w3\.org\/2000\/svg["']/.test(body)) {
    throw new NotAnSvg('The <svg> element must declare the SVG namespace (xmlns="http://www.w3.org/2000/svg")');
  }
  const clean = sanitizeHtml(body, options).trim();
  if (!clean.startsWith('<svg') || !clean.endsWith('</svg>')) throw new NotAnSvg('The SVG document could not be read');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${clean}\n`;
}
