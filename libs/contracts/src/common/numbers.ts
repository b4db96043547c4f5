// A score, a bid or a change of them as people read it: +2, 0, −1, with a true minus sign (U+2212), which screen
// readers say as "minus" and which lines up with the plus in a column.
export const signed = (value: number): string => (value > 0 ? `+${value}` : String(value).replace('-', '−'));
