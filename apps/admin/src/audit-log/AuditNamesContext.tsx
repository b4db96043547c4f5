import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useGetMany, useListContext, type RaRecord } from 'react-admin';
import type { AuditEntry } from '@summitdesk/contracts';
import { referencedIds } from './auditValues';

type AuditNames = {
  // The record whose history this is (a Show page's), for the currency of its amounts.
  record?: Record<string, unknown>;
  itemName: (id: number) => string;
  bannerTag: (id: number) => string;
};

const fallback: AuditNames = { itemName: (id) => `#${id}`, bannerTag: (id) => `#${id}` };
const AuditNamesContext = createContext<AuditNames>(fallback);

export const useAuditNames = () => useContext(AuditNamesContext);

// Fetches, once per page of audit rows, the inventory items and banners the rows name, so a history
// reads "Xen stickers 150 of 200" instead of item ids.
export const AuditNamesProvider = ({
  entries,
  record,
  children,
}: {
  entries: AuditEntry[] | undefined;
  record?: RaRecord;
  children: ReactNode;
}) => {
  const { itemIds, bannerIds } = useMemo(() => referencedIds((entries ?? []).map((entry) => entry.changes)), [entries]);
  const { data: items } = useGetMany<{ id: number; name: string }>('inventory-items', { ids: itemIds }, { enabled: itemIds.length > 0 });
  const { data: banners } = useGetMany<{ id: number; tag: string }>('banners', { ids: bannerIds }, { enabled: bannerIds.length > 0 });
  const value = useMemo<AuditNames>(() => {
    const itemNames = new Map((items ?? []).map((item) => [Number(item.id), item.name]));
    const bannerTags = new Map((banners ?? []).map((banner) => [Number(banner.id), banner.tag]));
    return {
      record,
      itemName: (id) => itemNames.get(id) ?? `#${id}`,
      bannerTag: (id) => bannerTags.get(id) ?? `#${id}`,
    };
  }, [items, banners, record]);
  return <AuditNamesContext.Provider value={value}>{children}</AuditNamesContext.Provider>;
};

// The same for the audit log's own list page: the names its current page of rows mentions.
export const ListAuditNames = ({ children }: { children: ReactNode }) => {
  const { data } = useListContext<AuditEntry>();
  return <AuditNamesProvider entries={data}>{children}</AuditNamesProvider>;
};
