// How the catalogs are laid out. Each resource folder holds `messages.en.ts` (`messages`, checked
// with `satisfies ResourceMessages`) and `messages.de.ts` (`messages: SameShape<typeof en>`);
// en.ts and de.ts compose them, one line per resource.

// The German file has exactly the English file's keys: a missing or an extra one fails the type check.
export type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

type Tree = { [key: string]: string | Tree };

// One folder's strings, each part put in its place in the catalog by composeMessages.
export type ResourceMessages = {
  // summitdesk.*: the screens' own strings, under the folder's key (summitdesk.events.*).
  summitdesk?: Tree;
  // summitdesk.statuses.<record type>.<state>: the chips and steppers.
  statuses?: Tree;
  // summitdesk.audit.verbs and .entities: how the history tells who did what to which record.
  verbs?: Tree;
  entities?: Tree;
  // react-admin's resources.<resource>.name and .fields.
  resources?: Tree;
};

function merge(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    target[key] = typeof value === 'object' && typeof current === 'object' ? merge({ ...current }, value) : value;
  }
  return target;
}

// The catalog from the parts, in order; a later part's string wins over an earlier one's.
export function composeMessages(...parts: ResourceMessages[]) {
  const catalog: { summitdesk: Tree & { statuses: Tree; audit: Tree & { verbs: Tree; entities: Tree } }; resources: Tree } = {
    summitdesk: { statuses: {}, audit: { verbs: {}, entities: {} } },
    resources: {},
  };
  for (const part of parts) {
    merge(catalog.summitdesk, part.summitdesk ?? {});
    merge(catalog.summitdesk.statuses, part.statuses ?? {});
    merge(catalog.summitdesk.audit.verbs, part.verbs ?? {});
    merge(catalog.summitdesk.audit.entities, part.entities ?? {});
    merge(catalog.resources, part.resources ?? {});
  }
  return catalog;
}
