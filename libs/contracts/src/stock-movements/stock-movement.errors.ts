// Error codes the stock movement routes answer with, beside the common ones.
export const StockErrorCodes = {
  INSUFFICIENT: 'STOCK.INSUFFICIENT',
  BAD_QUANTITY: 'STOCK.BAD_QUANTITY',
  NOTE_REQUIRED: 'STOCK.NOTE_REQUIRED',
} as const;
