// Audit entries name their record type in the singular with underscores ('booth_proposal');
// the admin resource is plural kebab-case ('booth-proposals'). The full list comes from contracts.
export { AuditEntities as auditEntities } from '@summitdesk/contracts';

// The actions the API records, for the list's filter; the verbs are in the i18n catalogs.
export const auditActions = [
  'create', 'update', 'delete', 'confirm', 'mark_held', 'cancel', 'register', 'verify_email', 'disable', 'enable', 'change_role',
  'publish', 'close', 'award', 'approve', 'hide', 'upload_artwork', 'cast', 'change', 'pack', 'ship', 'deliver',
  'lose', 'hand_over', 'reserve', 'release', 'restock', 'return', 'write_off', 'submit', 'start_review',
  'request_changes', 'reject', 'withdraw', 'mark_paid', 'mark_shipped', 'report', 'add_photo', 'remove_photo',
  'shift_offered', 'shift_confirmed', 'shift_declined', 'shift_cancelled', 'decline', 'allocation', 'payment',
  'accept', 'waitlist', 'stage_decision', 'accept_invitation', 'decline_invitation', 'assign_reviewers',
  'release_decisions', 'verify', 'upload_logo', 'complete', 'record_payment', 'expire', 'refund_partly',
  'refund_fully', 'dispute', 'request_refund', 'sponsorship', 'refund',
] as const;

export function resourceForEntity(entity: string): string {
  const kebab = entity.replace(/_/g, '-');
  return kebab.endsWith('s') ? kebab : `${kebab}s`;
}
