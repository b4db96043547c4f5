// Audit entries name their record type in the singular with underscores ('booth_proposal');
// the admin resource is plural kebab-case ('booth-proposals'). Features add their entity here.
export const auditEntities = ['event', 'user', 'contest', 'contest_entry', 'vote'] as const;

// The actions the API records, for the list's filter; the verbs are in the i18n catalogs.
export const auditActions = ['create', 'update', 'delete', 'confirm', 'mark_held', 'cancel', 'register', 'disable', 'enable', 'change_role', 'publish', 'close', 'award', 'approve', 'hide', 'upload_artwork', 'cast', 'change'] as const;

export function resourceForEntity(entity: string): string {
  const kebab = entity.replace(/_/g, '-');
  return kebab.endsWith('s') ? kebab : `${kebab}s`;
}
