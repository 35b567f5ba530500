/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. Predikat run from
 * best to worst as blue → green → yellow → orange → vermillion, so order survives without colour too
 * (decal patterns add a second cue).
 */
export const OKABE_ITO = {
	black: '#000000',
	orange: '#E69F00',
	skyBlue: '#56B4E9',
	green: '#009E73',
	yellow: '#F0E442',
	blue: '#0072B2',
	vermillion: '#D55E00',
	purple: '#CC79A7'
} as const;

export const PREDIKAT_COLOURS = [
	OKABE_ITO.blue,
	OKABE_ITO.green,
	OKABE_ITO.yellow,
	OKABE_ITO.orange,
	OKABE_ITO.vermillion
] as const;

/**
 * ColorBrewer YlOrBr, a sequential scale that stays ordered under the common colour-vision
 * deficiencies; it stops before the darkest steps so dark cell labels keep their contrast.
 */
export const GAP_SCALE = ['#ffffe5', '#fff7bc', '#fee391', '#fec44f', '#fe9929'] as const;
