// Error codes the banner and banner order routes answer with, beside the common ones.
export const BannerErrorCodes = {
  TAG_TAKEN: 'BANNER.TAG_TAKEN',
  NOT_IN_WAREHOUSE: 'BANNER.NOT_IN_WAREHOUSE',
  ON_SHIPMENT: 'BANNER.ON_SHIPMENT',
  REASON_REQUIRED: 'BANNER.REASON_REQUIRED',
  IN_USE: 'BANNER.IN_USE',
  BOOTH_DID_NOT_ORDER: 'BANNER.BOOTH_DID_NOT_ORDER',
} as const;
