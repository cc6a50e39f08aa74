/**
 * Okabe and Ito's colour-blind-safe palette, in the order series take it (blue and orange first: they stay apart
 * for every kind of colour blindness and in grey). Text is never drawn in these colours, only bars and borders.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'] as const;

export const INK = '#1F2328';
export const MUTED_INK = '#4D5560';
export const PAPER = '#FFFFFF';
export const GRID = '#E3E6EA';
